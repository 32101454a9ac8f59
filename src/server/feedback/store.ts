/** Storing feedback: each is a new row, stored once (see ../db/store-once.ts). */
import { FEEDBACK_REFERENCE_PREFIX, type NewFeedback } from '../../forms/feedback/to-record.ts';
import type { StoreMeta, StoreResult } from '../db/idempotency.ts';
import type { Pool } from '../db/pool.ts';
import { storeOnce } from '../db/store-once.ts';

export function storeFeedback(pool: Pool, feedback: NewFeedback, meta: StoreMeta): Promise<StoreResult> {
  return storeOnce(pool, { table: 'feedback', referencePrefix: FEEDBACK_REFERENCE_PREFIX }, feedback, meta);
}
