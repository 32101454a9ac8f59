/**
 * The endpoints wired to their real dependencies from the environment: the shared database pool
 * (DATABASE_URL), the team notifier (SMTP_URL, TEAM_EMAIL), mail to people (SMTP_URL, MAIL_FROM),
 * the site's address (SITE_URL / URL), retention (src/config/retention.ts), console logging.
 * functions/*.ts call these; tests build endpoints with their own dependencies.
 */
import { retentionConfig } from '../config/retention.ts';
import { siteUrl } from '../config/site-url.ts';
import { sharedPool } from './db/pool.ts';
import { createFormEndpoint, type EndpointDeps } from './forms/endpoint.ts';
import { consoleLogger } from './log.ts';
import { createMailer, mailerConfigFromEnv } from './mail/mailer.ts';
import { createNotifier, notifierConfigFromEnv } from './mail/notifier.ts';
import { evenTime } from './http/even-time.ts';
import { rsvpForm } from './rsvp/endpoint.ts';
import { createInvitationPage } from './rsvp/invitation-page.ts';
import { feedbackForm } from './feedback/endpoint.ts';
import { questionForm } from './questions/endpoint.ts';
import { createConfirmEndpoint } from './signups/confirm-endpoint.ts';
import { createConfirmPages } from './signups/confirm-pages.ts';
import { signupForm } from './signups/endpoint.ts';

export function questionsEndpoint(deps: Partial<EndpointDeps> = {}) {
  return createFormEndpoint(questionForm(sharedPool, createNotifier(notifierConfigFromEnv())), {
    logger: consoleLogger,
    ...deps,
  });
}

export function signupsEndpoint(deps: Partial<EndpointDeps> = {}) {
  const form = signupForm({
    pool: sharedPool,
    mailer: createMailer(mailerConfigFromEnv()),
    siteUrl: siteUrl(),
    confirmDays: retentionConfig().unconfirmedDays,
  });
  return createFormEndpoint(form, { logger: consoleLogger, ...deps });
}

export function signupConfirmationsEndpoint(deps: Partial<EndpointDeps> = {}) {
  return createConfirmEndpoint({
    pool: sharedPool,
    notifier: createNotifier(notifierConfigFromEnv()),
    logger: consoleLogger,
    ...deps,
  });
}

export function signupConfirmPages() {
  return createConfirmPages({ pool: sharedPool, logger: consoleLogger });
}

/** POST /api/rsvp: the answer to an invitation; every answer takes the same minimum time. */
export function rsvpEndpoint(deps: Partial<EndpointDeps> = {}) {
  return evenTime(
    createFormEndpoint(rsvpForm(sharedPool, createMailer(mailerConfigFromEnv())), {
      logger: consoleLogger,
      ...deps,
    }),
  );
}

/** GET /<lang>/expertpool/uitnodiging/<token>/: the reply page. */
export function invitationPage() {
  return createInvitationPage(sharedPool);
}

/** POST /api/feedback: "Is deze pagina nuttig?" and reports of a problem on a page. */
export function feedbackEndpoint(deps: Partial<EndpointDeps> = {}) {
  return createFormEndpoint(feedbackForm(sharedPool), { logger: consoleLogger, ...deps });
}
