/**
 * GET /<lang>/expertpool/uitnodiging/<token>/: the invitation's reply page. The token is hashed
 * and looked up with the same one query whatever it is — a value that cannot be a token is looked
 * up as a hash no token has — and every answer takes the same minimum time (evenTime), so neither
 * the page nor its timing tells a valid token from an unknown, expired or cancelled one. No log
 * line: the path holds the token.
 */
import { isLocale } from '../../i18n/locales.ts';
import { ROUTES } from '../../i18n/urls.ts';
import type { Pool } from '../db/pool.ts';
import { evenTime } from '../http/even-time.ts';
import { html, json } from '../http/responses.ts';
import { invitationByToken } from '../sessions/replies.ts';
import { hashOfCandidate } from '../tokens/token.ts';
import { renderGonePage, renderReplyPage } from './reply-page.ts';

/** Hex like a real hash, but of nothing: no invitation has it. */
const NO_TOKEN = '0'.repeat(64);
const PATH = new RegExp(`^/([^/]+)/${ROUTES.invitation}/([^/]+)/?$`);

export function createInvitationPage(pool: () => Pool, minimumMs?: number) {
  return evenTime(async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return json(405, { error: 'method' }, { Allow: 'GET, HEAD' });
    const url = new URL(request.url);
    const [, lang = '', raw = ''] = PATH.exec(url.pathname) ?? [];
    if (!isLocale(lang)) return json(404, { error: 'notFound' });
    let token = '';
    try {
      token = decodeURIComponent(raw);
    } catch {
      // Not even a path segment: looked up like any other unknown token below.
    }
    const view = await invitationByToken(pool(), hashOfCandidate(token) ?? NO_TOKEN);
    if (typeof view === 'string') return html(404, renderGonePage(lang));
    const saved = url.searchParams.get('saved') === '1';
    return html(200, renderReplyPage({ lang, token, invitation: view, saved }));
  }, minimumMs);
}
