/** Storing questions: each is a new row, stored once (see ../db/store-once.ts), with the contact's normal form. */
import { QUESTION_REFERENCE_PREFIX, type NewQuestion } from '../../forms/question/to-record.ts';
import { normalizeContact } from '../../lib/normal-contact.ts';
import type { StoreMeta, StoreResult } from '../db/idempotency.ts';
import type { Pool } from '../db/pool.ts';
import { storeOnce } from '../db/store-once.ts';

export function storeQuestion(pool: Pool, question: NewQuestion, meta: StoreMeta): Promise<StoreResult> {
  return storeOnce(
    pool,
    { table: 'questions', referencePrefix: QUESTION_REFERENCE_PREFIX },
    { ...question, contactNormalized: normalizeContact(question.contact) },
    meta,
  );
}
