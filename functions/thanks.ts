/**
 * GET /<lang>/stel-je-vraag/bedankt/ and /<lang>/expertpool/bedankt/ — thank-you pages with the
 * reference. HEAD is answered like GET: there is no `method` list (Netlify's cannot name HEAD, and
 * a HEAD request then found no function: 404); the handler answers 405 to anything else.
 */
import type { Config } from '@netlify/functions';
import { handleThanks } from '../src/server/forms/thanks.ts';

export default (request: Request): Promise<Response> => handleThanks(request);

// Literals only, as Netlify reads them without running the code: every form's thank-you page
// (src/forms/all.ts), with and without the trailing slash — checked by tests/unit/functions/config.test.ts.
export const config: Config = {
  path: [
    '/:lang/stel-je-vraag/bedankt',
    '/:lang/stel-je-vraag/bedankt/',
    '/:lang/expertpool/bedankt',
    '/:lang/expertpool/bedankt/',
  ],
};
