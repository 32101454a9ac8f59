/** What is stored for valid feedback: one column per key (see src/server/db/columns.ts). Nothing about the person. */
import { SOURCE_LOCALE } from '../../i18n/locales.ts';
import type { FeedbackInput } from './schema.ts';

/** First letter of a feedback reference (F-7K3Q-9P). */
export const FEEDBACK_REFERENCE_PREFIX = 'F';

export interface NewFeedback {
  page: string;
  locale: string;
  translation: string;
  answer: string | null;
  category: string | null;
  text: string | null;
  status: 'new' | 'suspect';
}

export function toFeedbackRecord(valid: FeedbackInput, { suspect }: { suspect: boolean }): NewFeedback {
  return {
    page: valid.page,
    locale: valid.locale || SOURCE_LOCALE,
    translation: valid.translation,
    answer: valid.answer || null,
    category: valid.category || null,
    text: valid.text.trim() ? valid.text : null,
    status: suspect ? 'suspect' : 'new',
  };
}
