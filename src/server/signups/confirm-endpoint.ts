/**
 * POST /api/signup-confirmations — the button on the confirmation page. Keeps the forms' contract
 * (docs/design.md): POST only, same-origin, URL-encoded (the page, without JavaScript) or JSON,
 * 16 KB, known fields only (`token`, `locale`); a plain form gets 303 to the "confirmed" page, JSON
 * gets 200 {reference, location}; the store down is 503 with Retry-After. Using a link twice gives
 * the same answer. A link that is not valid gets the same 404 page whatever the reason.
 */
import { pagePath, ROUTES } from '../../i18n/urls.ts';
import type { Pool } from '../db/pool.ts';
import { problemResponse, unavailableResponse } from '../forms/endpoint.ts';
import { readForm, RequestProblem } from '../http/read-form.ts';
import { empty, html, json, seeOther } from '../http/responses.ts';
import { requestLocale } from '../i18n.ts';
import { errorFields, type Logger } from '../log.ts';
import type { Notifier } from '../mail/notifier.ts';
import { renderConfirmInvalid } from '../pages/confirm-page.ts';
import { hashOfCandidate } from '../tokens/token.ts';
import { confirmSignup, type ConfirmOutcome } from './confirm.ts';

const SHAPE = { fields: ['token', 'locale'] };

export interface ConfirmDeps {
  pool: () => Pool;
  notifier: Notifier | null;
  logger: Logger;
  defer?: (work: Promise<unknown>) => void;
}

export function confirmedPath(lang: string, reference: string): string {
  return `${pagePath(lang, ROUTES.poolConfirmed)}?ref=${encodeURIComponent(reference)}`;
}

export function createConfirmEndpoint(deps: ConfirmDeps) {
  const { logger } = deps;
  const defer = deps.defer ?? ((work: Promise<unknown>) => void work.catch(() => undefined));
  const poolPage = (lang: string) => pagePath(lang, ROUTES.pool);

  return async function handle(request: Request): Promise<Response> {
    let lang = requestLocale(request);
    try {
      let read;
      try {
        read = await readForm(request, SHAPE);
      } catch (error) {
        if (error instanceof RequestProblem) {
          logger.info('signup.confirm_refused', { status: error.status, reason: error.code });
          return problemResponse(error, lang, poolPage(lang));
        }
        throw error;
      }
      lang = requestLocale(request, read.values.locale);
      const hash = hashOfCandidate(read.values.token);
      let outcome: ConfirmOutcome = { status: 'invalid' };
      if (hash) {
        try {
          outcome = await confirmSignup(deps.pool(), hash);
        } catch (error) {
          logger.error('signup.confirm_failed', errorFields(error));
          return unavailableResponse(read.encoding, lang, poolPage(lang));
        }
      }
      if (outcome.status === 'invalid') {
        logger.info('signup.confirm_invalid', {});
        return read.encoding === 'json'
          ? json(404, { error: 'notFound' })
          : html(404, renderConfirmInvalid(lang));
      }
      const { reference } = outcome;
      logger.info('signup.confirmed', { reference, now: outcome.now });
      if (outcome.now && deps.notifier) {
        defer(
          deps.notifier
            .send({
              subject: `Bevestigde aanmelding expertpool ${reference}`,
              facts: {
                Referentie: reference,
                Taal: outcome.record.locale,
                Provincie: outcome.record.province,
              },
              content: { Naam: outcome.record.name, 'E-mail': outcome.record.email },
            })
            .catch((error: unknown) =>
              logger.error('signup.notify_failed', { reference, ...errorFields(error) }),
            ),
        );
      }
      const location = confirmedPath(lang, reference);
      return read.encoding === 'json' ? json(200, { reference, location }) : seeOther(location);
    } catch (error) {
      logger.error('signup.confirm_unexpected', errorFields(error));
      return empty(500);
    }
  };
}
