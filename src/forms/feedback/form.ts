/**
 * Feedback on a page (see ../definition.ts): a form on many pages, so no thank-you page of its own —
 * the reader goes back to the page they were reading, to its thank-you note (#feedback-bedankt).
 */
import { HOME_SLUG } from '../../i18n/urls.ts';
import type { FormDefinition } from '../definition.ts';
import { FEEDBACK_FORM_ID, FeedbackFields } from './Fields.tsx';
import { feedbackSchema, isPagePath, type FeedbackInput } from './schema.ts';
import { FEEDBACK_REFERENCE_PREFIX } from './to-record.ts';
import { feedbackValues, type FeedbackValues } from './values.ts';

export const FEEDBACK_THANKS_ANCHOR = 'feedback-bedankt';

export const FEEDBACK_FORM: FormDefinition<FeedbackInput, FeedbackValues> = {
  id: FEEDBACK_FORM_ID,
  endpoint: '/api/feedback',
  page: HOME_SLUG,
  sentFrom: (values) => (isPagePath(values.page) ? values.page : undefined),
  thanksAnchor: FEEDBACK_THANKS_ANCHOR,
  referencePrefix: FEEDBACK_REFERENCE_PREFIX,
  schema: feedbackSchema,
  values: feedbackValues,
  Fields: FeedbackFields,
};
