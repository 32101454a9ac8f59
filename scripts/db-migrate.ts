/** npm run db:migrate — applies db/migrations/ to DATABASE_URL (for production deploys). */
import { migrate } from '../src/server/db/migrate.ts';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to the PostgreSQL database to migrate (e.g. Netlify DB\'s connection string).');
  process.exit(2);
}
const applied = await migrate(url, { log: (msg) => console.log(msg) });
console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: the database is up to date.');
