/**
 * npm run seed:signups — fills the local (or DATABASE_URL) database with the 200 fictional sign-ups
 * of support/fixtures/signups.ts, to try `npm run team -- pool --suggest 20`. Not for production.
 */
import { bodyHash } from '../src/server/forms/body-hash.ts';
import { prepareDatabase } from '../src/server/db/local-database.ts';
import { createPool } from '../src/server/db/pool.ts';
import { storeSignup } from '../src/server/signups/store.ts';
import { signupFixture } from '../support/fixtures/signups.ts';

const database = await prepareDatabase();
const pool = createPool(database.url, { max: 1 });
let created = 0;
for (const signup of signupFixture()) {
  const result = await storeSignup(pool, signup, { bodyHash: bodyHash(signup) });
  if (result.created) created++;
}
console.log(`${created} fictional sign-ups added (${database.description}).`);
await pool.end();
await database.stop();
