/**
 * The sign-up endpoint and its confirmation wired for tests: a real database, a real SMTP server
 * catching the confirmation mails, deferred work collected so a test can wait for it, and the
 * link's token read back out of the mail (the only place it exists).
 */
import { retentionConfig } from '../src/config/retention.ts';
import { createFormEndpoint } from '../src/server/forms/endpoint.ts';
import { createMailer } from '../src/server/mail/mailer.ts';
import { createConfirmEndpoint } from '../src/server/signups/confirm-endpoint.ts';
import { createConfirmPages } from '../src/server/signups/confirm-pages.ts';
import { signupForm } from '../src/server/signups/endpoint.ts';
import { captureLogger } from './capture-log.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { startMailCatcher, type CaughtMail, type MailCatcher } from './mail-catcher.ts';

export const SITE = 'https://wegwijzer.test';

export function signupFlow(db: TestDatabase, mail: MailCatcher | null) {
  const log = captureLogger();
  const deferred: Promise<unknown>[] = [];
  const defer = (work: Promise<unknown>) => void deferred.push(work);
  const pool = () => db.pool;
  const mailer = createMailer(
    mail ? { smtpUrl: mail.url, from: 'noreply@wegwijzer.test', timeoutMs: 2000 } : {},
  );
  return {
    log,
    signup: createFormEndpoint(
      signupForm({ pool, mailer, siteUrl: SITE, confirmDays: retentionConfig({}).unconfirmedDays }),
      { logger: log, defer },
    ),
    confirm: createConfirmEndpoint({ pool, notifier: null, logger: log, defer }),
    pages: createConfirmPages({ pool, logger: log }),
    /** Waits for the mails and other work started after the answers so far. */
    settle: async () => {
      while (deferred.length) await Promise.allSettled(deferred.splice(0));
    },
  };
}

/** The token in a confirmation mail's link. */
export function tokenOf(mail: CaughtMail): string {
  const match = /\/expertpool\/bevestigen\/([A-Za-z0-9_-]{43})\//.exec(mail.mail.text ?? '');
  if (!match) throw new Error(`No confirmation link in: ${mail.mail.text}`);
  return match[1]!;
}

/**
 * A database, a mail server and the flow on them, for a test file: `reset()` before each test
 * (waits for mails still going, empties the sign-up tables and the mailbox), `stop()` after all.
 */
export async function startSignupFlow() {
  const db = await createTestDatabase();
  const mail = await startMailCatcher();
  const flow = signupFlow(db, mail);
  return {
    db,
    mail,
    flow,
    async reset() {
      await flow.settle();
      await db.pool.query('DELETE FROM signup_confirmations');
      await db.pool.query('DELETE FROM expert_signups');
      mail.mails.length = 0;
    },
    async stop() {
      await mail.close();
      await db.stop();
    },
  };
}
