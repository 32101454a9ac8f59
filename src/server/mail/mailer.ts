/**
 * Sends mails to people (not the team: that is notifier.ts): a rendered mail (render.ts) with
 * optional attachments (an invitation's .ics), through SMTP_URL with MAIL_FROM as sender. Every
 * header is CR/LF-safe. Without SMTP_URL (or without a sender) nothing is sent and `send` says
 * 'unsent': the caller records that on its own row (a `mail_status` column, docs/design.md
 * "Mail to people"), where the team CLI shows it. The mail's content is never stored: it holds a
 * one-time link.
 */
import { isEmailAddress } from '../../forms/rules.ts';
import { headerSafe } from './header-safe.ts';
import type { RenderedMail } from './render.ts';
import { smtpTransport } from './transport.ts';

export interface MailAttachment {
  /** As the person sees it (e.g. uitnodiging.ics). */
  filename: string;
  content: string | Buffer;
  /** e.g. 'text/calendar; charset=utf-8; method=REQUEST'. */
  contentType: string;
}

export interface OutgoingMail {
  to: string;
  mail: RenderedMail;
  attachments?: readonly MailAttachment[];
}

/** 'sent': the mail server accepted it; 'unsent': no SMTP configured, nothing was tried. */
export type MailStatus = 'sent' | 'unsent';

/** What a row records about its mail: the two above, or 'failed' when the server refused or was down. */
export type RecordedMailStatus = MailStatus | 'failed';

export interface Mailer {
  /** False without SMTP_URL or a sender: every send answers 'unsent'. */
  readonly configured: boolean;
  /** Resolves once the server accepted the mail; rejects when it failed (log errorFields, record 'failed'). */
  send(message: OutgoingMail): Promise<MailStatus>;
}

export interface MailerConfig {
  smtpUrl?: string;
  /** The sender address (MAIL_FROM, else TEAM_EMAIL). */
  from?: string;
  timeoutMs?: number;
}

export function mailerConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MailerConfig {
  return { smtpUrl: env.SMTP_URL || undefined, from: env.MAIL_FROM || env.TEAM_EMAIL || undefined };
}

export function createMailer(config: MailerConfig): Mailer {
  const { smtpUrl, from } = config;
  if (!smtpUrl || !from) return { configured: false, send: async () => 'unsent' };
  const transport = smtpTransport(smtpUrl, config.timeoutMs);
  return {
    configured: true,
    async send({ to, mail, attachments = [] }) {
      // One address, nothing else: a line break turned into a space would otherwise make
      // "a@x.nl Bcc: b@y.nl" a list that nodemailer reads as two recipients.
      if (!isEmailAddress(to) || headerSafe(to, 320) !== to)
        throw new Error('The recipient is not one e-mail address.');
      await (
        await transport()
      ).sendMail({
        from: headerSafe(from),
        to: { name: '', address: to },
        subject: headerSafe(mail.subject),
        text: mail.text,
        html: mail.html,
        headers: { 'Content-Language': mail.locale, 'Auto-Submitted': 'auto-generated' },
        attachments: attachments.map((a) => ({
          filename: headerSafe(a.filename, 100),
          content: a.content,
          contentType: headerSafe(a.contentType),
        })),
      });
      return 'sent';
    },
  };
}
