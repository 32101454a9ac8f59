/**
 * Tells the team by e-mail that something new arrived, when SMTP_URL and TEAM_EMAIL are set.
 * Only the reference, language and kind of contact by default; the submitted text only when
 * NOTIFY_INCLUDE_CONTENT=true. Runs after the submission is stored and never blocks or undoes it.
 */
import { headerSafe } from './header-safe.ts';
import { smtpTransport } from './transport.ts';

export interface Notification {
  subject: string;
  /** Lines that are always safe to send (references, codes, counts). */
  facts: Record<string, string>;
  /** Personal content: included only with NOTIFY_INCLUDE_CONTENT=true. */
  content?: Record<string, string>;
}

export interface Notifier {
  send(notification: Notification): Promise<void>;
}

export interface NotifierConfig {
  smtpUrl?: string;
  teamEmail?: string;
  fromEmail?: string;
  includeContent?: boolean;
  timeoutMs?: number;
}

export function notifierConfigFromEnv(env: NodeJS.ProcessEnv = process.env): NotifierConfig {
  return {
    smtpUrl: env.SMTP_URL,
    teamEmail: env.TEAM_EMAIL,
    fromEmail: env.MAIL_FROM,
    includeContent: env.NOTIFY_INCLUDE_CONTENT === 'true',
  };
}

export function createNotifier(config: NotifierConfig): Notifier | null {
  if (!config.smtpUrl || !config.teamEmail) return null;
  const transport = smtpTransport(config.smtpUrl, config.timeoutMs);
  return {
    async send({ subject, facts, content }) {
      const lines = Object.entries(facts).map(([k, v]) => `${k}: ${v}`);
      if (config.includeContent && content) {
        for (const [k, v] of Object.entries(content)) lines.push('', `${k}:`, v);
      }
      await (
        await transport()
      ).sendMail({
        from: headerSafe(config.fromEmail ?? config.teamEmail!),
        to: headerSafe(config.teamEmail!),
        subject: headerSafe(subject),
        text: lines.join('\n'),
      });
    },
  };
}
