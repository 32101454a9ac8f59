/**
 * The shared plumbing of a form endpoint (questions, expert sign-ups): read the request under the
 * contract, answer bots quietly, validate with the form's yup schema, store (idempotently), notify,
 * and answer in kind — JSON for the island, a 303 or an HTML page for a plain form. No Netlify
 * types: functions/*.ts adapt this to Netlify, tests call it with Request objects.
 */
import type { AnyObject } from 'yup';
import { shapeOf, thanksLocation, type AnyForm } from '../../forms/definition.ts';
import { isMunicipalityCode } from '../../forms/municipalities.ts';
import { errorKeys, validate } from '../../forms/validation.ts';
import { pagePath } from '../../i18n/urls.ts';
import { IdempotencyConflict, type StoreMeta, type StoreResult } from '../db/idempotency.ts';
import { bodyHash } from './body-hash.ts';
import { readForm, RequestProblem } from '../http/read-form.ts';
import { empty, html, json, seeOther } from '../http/responses.ts';
import { requestLocale, serverTranslate } from '../i18n.ts';
import { errorFields, type Logger } from '../log.ts';
import { renderFormErrorPage } from '../pages/form-error-page.ts';
import { renderMessagePage } from '../pages/message-page.ts';
import { newReference } from '../reference.ts';

/** Submissions made faster than this (per the island's fill-time header) are kept as "suspect". */
export const MIN_FILL_TIME_MS = 3_000;
export const RETRY_AFTER_SECONDS = 30;

/** What the functions know that the browser does not: the official municipality list. */
const SERVER_CONTEXT = { isMunicipalityCode };

/**
 * A form on the server: its definition (src/forms/<id>/form.ts), how valid input becomes a record
 * (src/forms/<id>/to-record.ts), and where that record goes. Everything else is shared.
 */
export interface FormEndpoint<Input extends AnyObject, Stored, Result extends StoreResult = StoreResult> {
  form: AnyForm;
  toRecord(valid: Input, meta: { suspect: boolean }): Stored;
  /** Stores idempotently (src/server/db/idempotency.ts); resolves only once committed. */
  store(record: Stored, meta: StoreMeta): Promise<Result>;
  /** Fire-and-forget after a new submission is stored: starts after the answer is decided. */
  notify?(record: Stored, result: Result): Promise<void>;
  /**
   * For a form on a page of its own (the invitation reply, /<lang>/…/<token>/): where a stored
   * submission leads instead of the thank-you page, and the way back from its error page.
   */
  pages?: {
    after(lang: string, values: Record<string, unknown>, stored: StoreResult): string;
    back(lang: string, values: Record<string, unknown>): string;
  };
  /**
   * An error of `store` that is an answer, not an outage (a link that leads nowhere, a change that
   * comes too late): its status, a code for JSON and a page for a plain form. Anything else is a 503.
   */
  refusal?(error: unknown, lang: string): { status: number; code: string; page: string } | undefined;
}

export interface EndpointDeps {
  logger: Logger;
  /** Keeps work going after the response (Netlify's context.waitUntil). */
  defer?: (work: Promise<unknown>) => void;
}

const KEY_FORMAT = /^[\x21-\x7e]{8,200}$/;

/** The answer to a request the contract refuses (405, 403, 415, 413, 400), in kind. */
export function problemResponse(problem: RequestProblem, lang: string, formPath: string): Response {
  const extra: Record<string, string> = problem.status === 405 ? { Allow: 'POST' } : {};
  if (problem.encoding === 'json') return json(problem.status, { error: problem.code }, extra);
  const t = serverTranslate(lang);
  const page = renderMessagePage({
    lang,
    title: t('form.badRequest.title'),
    text: t('form.badRequest.text'),
    backHref: formPath,
    backLabel: t('form.back'),
  });
  return html(problem.status, page, extra);
}

/** The store is down: 503 with Retry-After, in kind; nothing was written. */
export function unavailableResponse(encoding: 'json' | 'form', lang: string, backHref: string): Response {
  const retry = { 'Retry-After': String(RETRY_AFTER_SECONDS) };
  if (encoding === 'json') return json(503, { error: 'unavailable' }, retry);
  const t = serverTranslate(lang);
  const page = renderMessagePage({
    lang,
    title: t('form.unavailable.title'),
    text: t('form.unavailable.text'),
    backHref,
    backLabel: t('form.back'),
  });
  return html(503, page, retry);
}

export function createFormEndpoint<Input extends AnyObject, Stored, Result extends StoreResult>(
  endpoint: FormEndpoint<Input, Stored, Result>,
  deps: EndpointDeps,
) {
  const { form } = endpoint;
  const { logger } = deps;
  const shape = shapeOf(form.schema);
  const formPath = (lang: string) => pagePath(lang, form.page);
  const after = (lang: string, values: Record<string, unknown>, stored: StoreResult) =>
    endpoint.pages?.after(lang, values, stored) ??
    thanksLocation(form, lang, values, stored.reference, stored.updated);
  const defer = deps.defer ?? ((work: Promise<unknown>) => void work.catch(() => undefined));

  function notifyLater(record: Stored, stored: Result): void {
    if (!stored.created && !stored.updated) return;
    const notify = endpoint.notify?.(record, stored);
    if (notify)
      defer(
        notify.catch((error: unknown) =>
          logger.error(`${form.id}.notify_failed`, { reference: stored.reference, ...errorFields(error) }),
        ),
      );
  }

  return async function handle(request: Request): Promise<Response> {
    const started = performance.now();
    let lang = requestLocale(request);
    try {
      let read;
      try {
        read = await readForm(request, shape);
      } catch (error) {
        if (error instanceof RequestProblem) {
          logger.info(`${form.id}.refused`, { status: error.status, reason: error.code });
          return problemResponse(error, lang, formPath(lang));
        }
        throw error;
      }
      const { encoding, values } = read;
      lang = requestLocale(request, values.locale);
      const t = serverTranslate(lang);

      const key = encoding === 'json' ? (request.headers.get('Idempotency-Key') ?? undefined) : undefined;
      if (key !== undefined && !KEY_FORMAT.test(key)) {
        return problemResponse(new RequestProblem(400, 'idempotencyKey', 'json'), lang, formPath(lang));
      }

      // Honeypot: answer like a success, store nothing.
      if (typeof values.website === 'string' && values.website.trim() !== '') {
        const reference = newReference(form.referencePrefix);
        logger.info(`${form.id}.honeypot`, { ms: Math.round(performance.now() - started) });
        const location = after(lang, values, { reference, created: true });
        return encoding === 'json' ? json(201, { reference, location }) : seeOther(location);
      }

      const result = validate(form.schema, values, SERVER_CONTEXT);
      if (!result.ok) {
        const errors = result.errors.map((e) => ({ ...e, message: t(errorKeys(form.id, e), e.params) }));
        logger.info(`${form.id}.invalid`, { fields: errors.map((e) => `${e.field}:${e.code}`).join(',') });
        if (encoding === 'json')
          return json(422, { errors: errors.map(({ field, code, message }) => ({ field, code, message })) });
        return html(422, renderFormErrorPage(form, lang, values, errors, endpoint.pages?.back(lang, values)));
      }

      const fillTime = Number(request.headers.get('X-Fill-Time-Ms'));
      const suspect =
        Number.isFinite(fillTime) && request.headers.has('X-Fill-Time-Ms') && fillTime < MIN_FILL_TIME_MS;
      const record = endpoint.toRecord(result.values, { suspect });
      let stored: Result;
      try {
        stored = await endpoint.store(record, { idempotencyKey: key, bodyHash: bodyHash(result.values) });
      } catch (error) {
        if (error instanceof IdempotencyConflict) {
          const message = t('form.error.idempotencyConflict');
          return json(422, { errors: [{ field: '', code: 'idempotencyConflict', message }] });
        }
        const refused = endpoint.refusal?.(error, lang);
        if (refused) {
          logger.info(`${form.id}.refused`, { status: refused.status, reason: refused.code });
          return encoding === 'json'
            ? json(refused.status, { error: refused.code })
            : html(refused.status, refused.page);
        }
        logger.error(`${form.id}.store_failed`, errorFields(error));
        return unavailableResponse(encoding, lang, formPath(lang));
      }

      logger.info(`${form.id}.stored`, {
        reference: stored.reference,
        created: stored.created,
        updated: stored.updated ?? false,
        suspect,
        ms: Math.round(performance.now() - started),
      });
      notifyLater(record, stored);
      const location = after(lang, values, stored);
      if (encoding === 'json') {
        return json(
          201,
          { reference: stored.reference, location },
          stored.created || stored.updated ? {} : { 'Idempotent-Replayed': 'true' },
        );
      }
      return seeOther(location);
    } catch (error) {
      logger.error(`${form.id}.unexpected`, errorFields(error));
      return empty(500);
    }
  };
}
