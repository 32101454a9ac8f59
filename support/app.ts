/**
 * The whole site as Netlify would run it, for browser tests: the built pages (site-server.ts) and
 * the functions' handlers on a fresh, migrated test database, with a captured log and a real SMTP
 * server catching the mails to people (a sign-up's confirmation link).
 */
import { retentionConfig } from '../src/config/retention.ts';
import { createFormEndpoint } from '../src/server/forms/endpoint.ts';
import { handleThanks } from '../src/server/forms/thanks.ts';
import { feedbackForm } from '../src/server/feedback/endpoint.ts';
import { createMailer } from '../src/server/mail/mailer.ts';
import { CONFIRM_ENDPOINT } from '../src/server/pages/confirm-page.ts';
import { questionForm } from '../src/server/questions/endpoint.ts';
import { createConfirmEndpoint } from '../src/server/signups/confirm-endpoint.ts';
import { createConfirmPages } from '../src/server/signups/confirm-pages.ts';
import { signupForm } from '../src/server/signups/endpoint.ts';
import { evenTime } from '../src/server/http/even-time.ts';
import { rsvpForm } from '../src/server/rsvp/endpoint.ts';
import { createInvitationPage } from '../src/server/rsvp/invitation-page.ts';
import { RSVP_FORM } from '../src/forms/rsvp/form.ts';
import { FORMS } from '../src/forms/all.ts';
import { FEEDBACK_FORM } from '../src/forms/feedback/form.ts';
import { QUESTION_FORM } from '../src/forms/question/form.ts';
import { SIGNUP_FORM } from '../src/forms/signup/form.ts';
import { ROUTES } from '../src/i18n/urls.ts';
import { captureLogger } from './capture-log.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { startMailCatcher, type MailCatcher } from './mail-catcher.ts';
import { startSiteServer, type ApiHandler } from './site-server.ts';

export interface App {
  url: string;
  db: TestDatabase;
  log: ReturnType<typeof captureLogger>;
  mail: MailCatcher;
  close(): Promise<void>;
}

export async function startApp(): Promise<App> {
  const db = await createTestDatabase();
  const mail = await startMailCatcher();
  const log = captureLogger();
  const pool = () => db.pool;
  const questions = createFormEndpoint(questionForm(pool, null), { logger: log });
  const feedback = createFormEndpoint(feedbackForm(pool), { logger: log });
  // Built once the server's address (for the link in the mail) is known.
  const late: { signups?: ApiHandler } = {};
  const confirm = createConfirmEndpoint({ pool, notifier: null, logger: log });
  const confirmPages = createConfirmPages({ pool, logger: log });
  const confirmPage = new RegExp(`^/[^/]+/(${ROUTES.poolConfirm}/[^/]+|${ROUTES.poolConfirmed})/?$`);
  const rsvp = evenTime(
    createFormEndpoint(
      rsvpForm(pool, createMailer({ smtpUrl: mail.url, from: 'expertpool@wegwijzer.test' })),
      {
        logger: log,
      },
    ),
  );
  const invitation = createInvitationPage(pool);
  const routes = (path: string): ApiHandler | undefined => {
    if (path === QUESTION_FORM.endpoint) return questions;
    if (path === SIGNUP_FORM.endpoint) return late.signups;
    if (path === CONFIRM_ENDPOINT) return confirm;
    if (path === FEEDBACK_FORM.endpoint) return feedback;
    if (confirmPage.test(path)) return confirmPages;
    if (path === RSVP_FORM.endpoint) return rsvp;
    if (new RegExp(`^/[^/]+/${ROUTES.invitation}/[^/]+/?$`).test(path)) return invitation;
    if (FORMS.some((form) => form.thanksPage && new RegExp(`^/[^/]+/${form.thanksPage}/?$`).test(path)))
      return handleThanks;
    return undefined;
  };
  const server = await startSiteServer({ routes });
  late.signups = createFormEndpoint(
    signupForm({
      pool,
      mailer: createMailer({ smtpUrl: mail.url, from: 'noreply@wegwijzer.test', timeoutMs: 2000 }),
      siteUrl: server.url,
      confirmDays: retentionConfig({}).unconfirmedDays,
    }),
    { logger: log },
  );
  return {
    url: server.url,
    db,
    log,
    mail,
    async close() {
      await server.close();
      await mail.close();
      await db.stop();
    },
  };
}
