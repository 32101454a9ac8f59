/** Storing feedback: each is a new row, stored once (see ../db/store-once.ts). */
import { FEEDBACK_REFERENCE_PREFIX, type NewFeedback } from '../../forms/feedback/to-record.ts';
import type { StoreMeta, StoreResult } from '../db/idempotency.ts';
import type { Pool } from '../db/pool.ts';
import { storeOnce } from '../db/store-once.ts';

/**
 * A "Ja"/"Nee" vote has no text, so every reader's vote on a page has the same body: the usual
 * 10-minute window would count one reader's vote and drop the others'. Without JavaScript there is
 * no key to tell a second reader from a second press, so only a press again within a minute (an
 * impatient reader on a slow connection, a double click) counts as the same vote.
 */
export const VOTE_DUPLICATE_WINDOW_SECONDS = 60;

export function storeFeedback(pool: Pool, feedback: NewFeedback, meta: StoreMeta): Promise<StoreResult> {
  const isVote = feedback.text === null;
  return storeOnce(
    pool,
    {
      table: 'feedback',
      referencePrefix: FEEDBACK_REFERENCE_PREFIX,
      ...(isVote ? { duplicateWindowSeconds: VOTE_DUPLICATE_WINDOW_SECONDS } : {}),
    },
    feedback,
    meta,
  );
}
