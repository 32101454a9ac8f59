/**
 * Feedback on a page on the server: stored, nothing else. The team reads it with
 * `npm run team -- feedback …`; no mail per answer (a yes/no per page view would flood the inbox).
 */
import { FEEDBACK_FORM } from '../../forms/feedback/form.ts';
import type { FeedbackInput } from '../../forms/feedback/schema.ts';
import { toFeedbackRecord, type NewFeedback } from '../../forms/feedback/to-record.ts';
import type { Pool } from '../db/pool.ts';
import type { FormEndpoint } from '../forms/endpoint.ts';
import { storeFeedback } from './store.ts';

export function feedbackForm(pool: () => Pool): FormEndpoint<FeedbackInput, NewFeedback> {
  return {
    form: FEEDBACK_FORM,
    toRecord: toFeedbackRecord,
    store: (feedback, meta) => storeFeedback(pool(), feedback, meta),
  };
}
