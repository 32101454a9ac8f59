/** "Stel hem aan ons" on the server: where a valid question goes (stored, then the team told). */
import { QUESTION_FORM } from '../../forms/question/form.ts';
import type { QuestionInput } from '../../forms/question/schema.ts';
import { toQuestionRecord, type NewQuestion } from '../../forms/question/to-record.ts';
import type { Pool } from '../db/pool.ts';
import type { FormEndpoint } from '../forms/endpoint.ts';
import type { Notifier } from '../mail/notifier.ts';
import { storeQuestion } from './store.ts';

export function questionForm(
  pool: () => Pool,
  notifier: Notifier | null,
): FormEndpoint<QuestionInput, NewQuestion> {
  return {
    form: QUESTION_FORM,
    toRecord: toQuestionRecord,
    store: (question, meta) => storeQuestion(pool(), question, meta),
    notify: notifier
      ? (question, stored) =>
          notifier.send({
            subject: `Nieuwe vraag ${stored.reference}`,
            facts: {
              Referentie: stored.reference,
              Taal: question.locale,
              'Antwoord in': question.answerLanguage,
              Kanaal: question.channel,
            },
            content: { Vraag: question.question, Naam: question.name ?? '', Contact: question.contact },
          })
      : undefined,
  };
}
