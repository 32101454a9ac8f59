/** Daily: applies the retention rules (the same code as `npm run team -- purge`). */
import type { Config } from '@netlify/functions';
import { sharedPool } from '../src/server/db/pool.ts';
import { consoleLogger } from '../src/server/log.ts';
import { retentionConfig } from '../src/config/retention.ts';
import { purge } from '../src/server/retention/purge.ts';

export default async (): Promise<Response> => {
  const removed = await purge(sharedPool(), retentionConfig());
  // Counts only: references are not needed in the platform's logs.
  consoleLogger.info('retention.purged', {
    questions: removed.questions.length,
    suspectQuestions: removed.suspectQuestions.length,
    signups: removed.signups.length,
    sessions: removed.sessions.length,
    signupRequests: removed.signupRequests.length,
    feedback: removed.feedback.length,
  });
  return new Response(null, { status: 204 });
};

export const config: Config = {
  schedule: '@daily',
};
