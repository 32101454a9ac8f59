/** POST /api/expert-signups — sign-up for the expert pool. A thin adapter; the logic is in src/server/. */
import type { Config, Context } from '@netlify/functions';
import { signupsEndpoint } from '../src/server/app.ts';

let handle: ReturnType<typeof signupsEndpoint> | undefined;

export default async (request: Request, context: Context): Promise<Response> => {
  handle ??= signupsEndpoint({ defer: (work) => context.waitUntil(work) });
  return handle(request);
};

// Netlify reads this object without running the code: literals only (checked against
// the form's definition, src/forms/<id>/form.ts, by tests/unit/functions/config.test.ts).
export const config: Config = {
  path: '/api/expert-signups',
  // Per visitor IP and per site: a bare string would mean one limit for the whole site.
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
