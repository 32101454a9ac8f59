/** POST /api/signup-confirmations — the button that confirms an expert-pool sign-up. A thin adapter. */
import type { Config, Context } from '@netlify/functions';
import { signupConfirmationsEndpoint } from '../src/server/app.ts';

let handle: ReturnType<typeof signupConfirmationsEndpoint> | undefined;

export default async (request: Request, context: Context): Promise<Response> => {
  handle ??= signupConfirmationsEndpoint({ defer: (work) => context.waitUntil(work) });
  return handle(request);
};

// Literals only: Netlify reads this without running the code (checked by tests/unit/functions/config.test.ts).
export const config: Config = {
  path: '/api/signup-confirmations',
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
