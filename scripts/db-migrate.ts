/**
 * npm run db:migrate — applies db/migrations/ to DATABASE_URL, all pending migrations in one
 * transaction. The Netlify build runs it before the site is built (netlify.toml), so a failing
 * migration fails the build and the deploy is not published.
 * In a Netlify build outside production (a deploy preview) without DATABASE_URL it skips, saying so;
 * a production build without it fails.
 */
import { migrate } from '../src/server/db/migrate.ts';

const url = process.env.DATABASE_URL;
// Netlify names the deploy context of a build: production, deploy-preview, branch-deploy.
const netlifyContext = process.env.CONTEXT;
if (!url) {
  if (netlifyContext && netlifyContext !== 'production') {
    console.log(
      `No DATABASE_URL in this ${netlifyContext} build: no migrations (its forms answer 503 until one is set).`,
    );
    process.exit(0);
  }
  console.error(
    "Set DATABASE_URL to the PostgreSQL database to migrate (e.g. Netlify DB's connection string).",
  );
  process.exit(2);
}
try {
  const applied = await migrate(url, { log: (msg) => console.log(msg) });
  console.log(
    applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: the database is up to date.',
  );
} catch (error) {
  console.error(`Migrations failed; nothing was applied: ${(error as Error).message}`);
  process.exit(1);
}
