/** GET /<lang>/expertpool/uitnodiging/<token>/ — an invitation's reply page. A thin adapter. */
import type { Config } from '@netlify/functions';
import { invitationPage } from '../src/server/app.ts';

let handle: ReturnType<typeof invitationPage> | undefined;

export default (request: Request): Promise<Response> => {
  handle ??= invitationPage();
  return handle(request);
};

// Literals only (Netlify reads them without running the code): ROUTES.invitation with the token,
// with and without the trailing slash — checked by tests/unit/functions/config.test.ts. No method
// list: Netlify's cannot name HEAD; the handler answers 405 to anything but GET and HEAD. The rate
// limit makes guessing tokens (256 bits) slower still.
export const config: Config = {
  path: ['/:lang/expertpool/uitnodiging/:token', '/:lang/expertpool/uitnodiging/:token/'],
  rateLimit: { windowLimit: 30, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
