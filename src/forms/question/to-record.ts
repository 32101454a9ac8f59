/**
 * What is stored for a valid question: one column per key (answerLanguage → answer_language, see
 * src/server/db/columns.ts). A new field is added here and in a migration.
 */
import { SOURCE_LOCALE } from '../../i18n/locales.ts';
import type { QuestionInput } from './schema.ts';

/** First letter of a question's reference (V-7K3Q-9P). */
export const QUESTION_REFERENCE_PREFIX = 'V';

export interface NewQuestion {
  locale: string;
  question: string;
  channel: string;
  contact: string;
  name: string | null;
  municipality: string | null;
  answerLanguage: string;
  status: 'new' | 'suspect';
}

export function toQuestionRecord(valid: QuestionInput, { suspect }: { suspect: boolean }): NewQuestion {
  const locale = valid.locale || SOURCE_LOCALE;
  return {
    locale,
    question: valid.question,
    channel: valid.channel,
    contact: valid.contact,
    name: valid.name.trim() ? valid.name : null,
    municipality: valid.municipality || null,
    answerLanguage: valid.answerLanguage || locale,
    status: suspect ? 'suspect' : 'new',
  };
}
