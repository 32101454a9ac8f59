/**
 * GET (and HEAD) of the confirmation's pages, in the URL's language:
 * - /<lang>/expertpool/bevestigen/<token>/ — the link in the mail: shows what confirming does and a
 *   button (confirming is a POST: mail scanners open links, and opening must change nothing);
 *   a used link shows that it is done; an unknown, expired or malformed one the neutral 404 page.
 * - /<lang>/expertpool/bevestigd/?ref=E-… — after the button: nothing is looked up.
 */
import { isLocale } from '../../i18n/locales.ts';
import { pagePath, ROUTES } from '../../i18n/urls.ts';
import type { Pool } from '../db/pool.ts';
import { unavailableResponse } from '../forms/endpoint.ts';
import { html, json } from '../http/responses.ts';
import { errorFields, type Logger } from '../log.ts';
import { renderConfirmAsk, renderConfirmDone, renderConfirmInvalid } from '../pages/confirm-page.ts';
import { isReference } from '../reference.ts';
import { hashOfCandidate } from '../tokens/token.ts';
import { findPendingRequest, type PendingRequest } from './confirm.ts';

export function createConfirmPages(deps: { pool: () => Pool; logger: Logger }) {
  return async function handle(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return json(405, { error: 'method' }, { Allow: 'GET, HEAD' });
    const url = new URL(request.url);
    const [, lang = '', ...rest] = url.pathname.replace(/\/$/, '').split('/');
    if (!isLocale(lang)) return json(404, { error: 'notFound' });
    const route = rest.join('/');
    if (route === ROUTES.poolConfirmed) {
      const reference = url.searchParams.get('ref') ?? '';
      return isReference(reference, 'E')
        ? html(200, renderConfirmDone(lang, reference))
        : json(404, { error: 'notFound' });
    }
    const token = route.startsWith(`${ROUTES.poolConfirm}/`)
      ? route.slice(ROUTES.poolConfirm.length + 1)
      : '';
    const hash = hashOfCandidate(token);
    let pending: PendingRequest | null = null;
    if (hash) {
      try {
        pending = await findPendingRequest(deps.pool(), hash);
      } catch (error) {
        deps.logger.error('signup.confirm_page_failed', errorFields(error));
        return unavailableResponse('form', lang, pagePath(lang, ROUTES.pool));
      }
    }
    if (!pending) return html(404, renderConfirmInvalid(lang));
    if (pending.confirmedAs) return html(200, renderConfirmDone(lang, pending.confirmedAs));
    return html(
      200,
      renderConfirmAsk(lang, { token, reference: pending.reference, replaces: pending.replaces }),
    );
  };
}
