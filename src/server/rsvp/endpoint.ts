/**
 * POST /api/rsvp: the answer to an invitation, under the forms' contract (createFormEndpoint:
 * origin checks, 303 for a plain form, Idempotency-Key, localized 422). What is particular: the
 * record is stored as the invitation's answer (src/server/sessions/replies.ts); afterwards the
 * person comes back to their reply page, which shows the answer; a link that leads nowhere gets
 * the neutral page (404) and a change within 24 hours the page that says why (409); when the
 * answer frees a place, the first on the waiting list gets it and a mail.
 */
import { RSVP_FORM } from '../../forms/rsvp/form.ts';
import type { RsvpInput } from '../../forms/rsvp/schema.ts';
import { toRsvpRecord, type RsvpRecord } from '../../forms/rsvp/to-record.ts';
import { invitationPath } from '../../i18n/urls.ts';
import type { StoreResult } from '../db/idempotency.ts';
import type { Pool } from '../db/pool.ts';
import type { FormEndpoint } from '../forms/endpoint.ts';
import type { Mailer } from '../mail/mailer.ts';
import { InvitationGone, reply, TooLateToChange } from '../sessions/replies.ts';
import { tellNewPlace } from '../sessions/places.ts';
import { hashOfCandidate } from '../tokens/token.ts';
import { renderGonePage, renderReplyPage } from './reply-page.ts';

interface RsvpStored extends StoreResult {
  /** The invitation that got the place this answer freed. */
  promotedInvitationId?: string | null;
}

const tokenOf = (values: Record<string, unknown>) => (typeof values.token === 'string' ? values.token : '');

export function rsvpForm(pool: () => Pool, mailer: Mailer): FormEndpoint<RsvpInput, RsvpRecord, RsvpStored> {
  return {
    form: RSVP_FORM,
    toRecord: (valid) => toRsvpRecord(valid),
    async store(record, meta): Promise<RsvpStored> {
      const hash = hashOfCandidate(record.token);
      if (!hash) throw new InvitationGone('unknown');
      const result = await reply(pool(), hash, record.answer, meta);
      return {
        reference: result.sessionReference,
        created: result.changed,
        promotedInvitationId: result.promotedInvitationId,
      };
    },
    async notify(_record, stored) {
      if (stored.promotedInvitationId) await tellNewPlace(pool(), stored.promotedInvitationId, mailer);
    },
    pages: {
      after: (lang, values) => `${invitationPath(lang, tokenOf(values))}?saved=1`,
      back: (lang, values) => invitationPath(lang, tokenOf(values)),
    },
    refusal(error, lang) {
      if (error instanceof InvitationGone) return { status: 404, code: 'gone', page: renderGonePage(lang) };
      if (error instanceof TooLateToChange)
        return {
          status: 409,
          code: 'tooLate',
          page: renderReplyPage({ lang, token: '', invitation: error.invitation, saved: false }),
        };
      return undefined;
    },
  };
}
