/**
 * The endpoints wired to their real dependencies from the environment: the shared database pool
 * (DATABASE_URL), the team notifier (SMTP_URL, TEAM_EMAIL), console logging. functions/*.ts
 * call these; tests build endpoints with their own dependencies.
 */
import { sharedPool } from './db/pool.ts';
import { createFormEndpoint, type EndpointDeps } from './forms/endpoint.ts';
import { consoleLogger } from './log.ts';
import { createNotifier, notifierConfigFromEnv } from './mail/notifier.ts';
import { feedbackForm } from './feedback/endpoint.ts';
import { questionForm } from './questions/endpoint.ts';
import { signupForm } from './signups/endpoint.ts';

export function questionsEndpoint(deps: Partial<EndpointDeps> = {}) {
  return createFormEndpoint(questionForm(sharedPool, createNotifier(notifierConfigFromEnv())), {
    logger: consoleLogger,
    ...deps,
  });
}

export function signupsEndpoint(deps: Partial<EndpointDeps> = {}) {
  return createFormEndpoint(signupForm(sharedPool, createNotifier(notifierConfigFromEnv())), {
    logger: consoleLogger,
    ...deps,
  });
}

export function feedbackEndpoint(deps: Partial<EndpointDeps> = {}) {
  return createFormEndpoint(feedbackForm(sharedPool), { logger: consoleLogger, ...deps });
}
