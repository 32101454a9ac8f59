/** POST /api/feedback — "Is deze pagina nuttig?" and "Er klopt iets niet". A thin adapter; the logic is in src/server/. */
import type { Config, Context } from '@netlify/functions';
import { feedbackEndpoint } from '../src/server/app.ts';

let handle: ReturnType<typeof feedbackEndpoint> | undefined;

export default async (request: Request, context: Context): Promise<Response> => {
  handle ??= feedbackEndpoint({ defer: (work) => context.waitUntil(work) });
  return handle(request);
};

// Netlify reads this object without running the code: literals only (checked against
// the form's definition, src/forms/feedback/form.ts, by tests/unit/functions/config.test.ts).
export const config: Config = {
  path: '/api/feedback',
  // Per visitor IP and per site: a bare string would mean one limit for the whole site.
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
