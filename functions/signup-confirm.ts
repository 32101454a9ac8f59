/**
 * GET /<lang>/expertpool/bevestigen/<token>/ (the link in a confirmation mail) and
 * /<lang>/expertpool/bevestigd/ (after confirming). A thin adapter; HEAD is answered like GET
 * (no `method` list: Netlify's cannot name HEAD; the handler answers 405 to anything else).
 */
import type { Config } from '@netlify/functions';
import { signupConfirmPages } from '../src/server/app.ts';

let handle: ReturnType<typeof signupConfirmPages> | undefined;

export default async (request: Request): Promise<Response> => {
  handle ??= signupConfirmPages();
  return handle(request);
};

// Literals only (checked against ROUTES by tests/unit/functions/config.test.ts).
export const config: Config = {
  path: [
    '/:lang/expertpool/bevestigen/:token',
    '/:lang/expertpool/bevestigen/:token/',
    '/:lang/expertpool/bevestigd',
    '/:lang/expertpool/bevestigd/',
  ],
  rateLimit: { windowLimit: 30, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
