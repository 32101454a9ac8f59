/**
 * The whole site as Netlify would run it, for browser tests: the built pages (site-server.ts) and
 * the functions' handlers on a fresh, migrated test database, with a captured log.
 */
import { createFormEndpoint } from '../src/server/forms/endpoint.ts';
import { handleThanks } from '../src/server/forms/thanks.ts';
import { feedbackForm } from '../src/server/feedback/endpoint.ts';
import { questionForm } from '../src/server/questions/endpoint.ts';
import { signupForm } from '../src/server/signups/endpoint.ts';
import { FORMS } from '../src/forms/all.ts';
import { FEEDBACK_FORM } from '../src/forms/feedback/form.ts';
import { QUESTION_FORM } from '../src/forms/question/form.ts';
import { SIGNUP_FORM } from '../src/forms/signup/form.ts';
import { captureLogger } from './capture-log.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { startSiteServer, type ApiHandler } from './site-server.ts';

export interface App {
  url: string;
  db: TestDatabase;
  log: ReturnType<typeof captureLogger>;
  close(): Promise<void>;
}

export async function startApp(): Promise<App> {
  const db = await createTestDatabase();
  const log = captureLogger();
  const questions = createFormEndpoint(
    questionForm(() => db.pool, null),
    { logger: log },
  );
  const signups = createFormEndpoint(
    signupForm(() => db.pool, null),
    { logger: log },
  );
  const feedback = createFormEndpoint(
    feedbackForm(() => db.pool),
    { logger: log },
  );
  const routes = (path: string): ApiHandler | undefined => {
    if (path === QUESTION_FORM.endpoint) return questions;
    if (path === SIGNUP_FORM.endpoint) return signups;
    if (path === FEEDBACK_FORM.endpoint) return feedback;
    if (FORMS.some((form) => form.thanksPage && new RegExp(`^/[^/]+/${form.thanksPage}/?$`).test(path)))
      return handleThanks;
    return undefined;
  };
  const server = await startSiteServer({ routes });
  return {
    url: server.url,
    db,
    log,
    async close() {
      await server.close();
      await db.stop();
    },
  };
}
