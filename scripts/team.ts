/**
 * npm run team -- <command>: the team's tools, against DATABASE_URL (the embedded database when
 * it is not set; if `npm start` is running, its database is used).
 *
 *   questions list [--status new|suspect|answered|closed] [--since YYYY-MM-DD]
 *   questions show REF
 *   questions answered REF          mark as answered (starts the retention period)
 *   questions closed REF            close without answer (starts the retention period)
 *   questions export --format csv|json [--status S] [--out FILE]
 *   signups list
 *   signups export --format csv|json [--out FILE]
 *   confirmations                   sign-ups waiting for their confirmation by e-mail, and whether the mail went
 *   confirmations link REF          a new confirmation link for one of them (to pass on; the old one stops working)
 *   pool [--suggest N] [--all]      composition of the sign-ups; a suggested varied pool of N
 *   feedback list [--page P] [--lang L] [--since YYYY-MM-DD]   feedback on pages, newest first
 *   feedback summary [--page P] [--lang L] [--since D]  per page and language: useful %, problems
 *   feedback export --format csv|json [--page P] [--lang L] [--since D] [--out FILE]
 *   erase REF|EMAIL                 removal request: a person's questions and sign-up
 *   purge                           apply the retention rules now
 *   sessions … | invite … | attendance … | tips … | insights draft …   the pool's meetings
 *                                   (scripts/team/meetings.ts)
 *
 * Exports contain personal data: keep them safe and delete them when done. Files are written
 * readable by their owner only (0600). Stored text is printed inert: control, escape and bidi
 * characters appear as their code (src/server/team/visible.ts). No password is ever printed.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { prepareDatabase } from '../src/server/db/local-database.ts';
import { createPool, type Pool } from '../src/server/db/pool.ts';
import { municipality } from '../src/forms/municipalities.ts';
import { retentionConfig } from '../src/config/retention.ts';
import { siteUrl } from '../src/config/site-url.ts';
import { redactSecrets } from '../src/lib/secrets.ts';
import { listPending, newLink, PENDING_COLUMNS } from '../src/server/team/confirmations.ts';
import { visible, visibleExport, visibleMultiline } from '../src/server/team/visible.ts';
import { purge } from '../src/server/retention/purge.ts';
import { toCsv } from '../src/server/team/csv.ts';
import { erase } from '../src/server/team/erase.ts';
import { composition, spread, suggestPool, yearsBand } from '../src/server/team/pool.ts';
import {
  listQuestions,
  QUESTION_COLUMNS,
  setQuestionStatus,
  showQuestion,
  TeamError,
} from '../src/server/team/questions.ts';
import { listSignups, SIGNUP_COLUMNS } from '../src/server/team/signups.ts';
import { formatTable } from '../src/server/team/table.ts';
import { meetingCommands, MEETING_OPTIONS, MEETING_USAGE, type Command } from './team/meetings.ts';
import { FEEDBACK_COLUMNS, feedbackSummary, listFeedback } from '../src/server/team/feedback.ts';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    status: { type: 'string' },
    since: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    suggest: { type: 'string' },
    page: { type: 'string' },
    lang: { type: 'string' },
    all: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    ...MEETING_OPTIONS,
  },
});

const USAGE = `Usage: npm run team -- <command>
  questions list [--status new|suspect|answered|closed] [--since YYYY-MM-DD]
  questions show REF | questions answered REF | questions closed REF
  questions export --format csv|json [--status S] [--out FILE]
  signups list | signups export --format csv|json [--out FILE]
  confirmations | confirmations link REF
  pool [--suggest N] [--all]
  feedback list|summary [--page /ar/pip/ or pip] [--lang L] [--since YYYY-MM-DD]
  feedback export --format csv|json [--page P] [--lang L] [--since D] [--out FILE]
  erase REF|EMAIL
  purge
${MEETING_USAGE}`;

const municipalityName = (code: string) => municipality(code)?.name ?? code;
const languageName = (code: string) => {
  try {
    return /^[a-z]{2,3}$/.test(code)
      ? (new Intl.DisplayNames(['nl'], { type: 'language' }).of(code) ?? code)
      : code;
  } catch {
    return code;
  }
};

function output(text: string): void {
  if (options.out) {
    // Readable by its owner only — also when the file was there before (mode applies on creation).
    writeFileSync(options.out, text, { mode: 0o600 });
    chmodSync(options.out, 0o600);
    console.error(
      `Written to ${visible(options.out)} (readable by you only). It holds personal data: keep it safe and delete it when you are done.`,
    );
  } else process.stdout.write(visibleExport(text));
}

function exportRows(rows: Record<string, unknown>[], columns: string[]): void {
  if (options.format === 'csv') output(toCsv(rows, columns));
  else if (options.format === 'json') output(`${JSON.stringify(rows, null, 2)}\n`);
  else throw new TeamError('Say which format: --format csv or --format json.');
}

function since(): Date | undefined {
  if (!options.since) return undefined;
  const date = new Date(options.since);
  if (Number.isNaN(date.getTime()))
    throw new TeamError(`--since needs a date like 2026-11-01 (got "${options.since}").`);
  return date;
}

function feedbackFilter() {
  return { page: options.page, lang: options.lang, since: since() };
}

/** Every command by its words ("questions list"); a command that needs a target says so. */
const COMMANDS: Record<string, Command> = {
  'questions list': async (pool) => {
    const rows = await listQuestions(pool, { status: options.status, since: since() });
    console.log(
      formatTable(
        rows.map((r) => ({ ...r, question: String(r.question).slice(0, 60) })),
        [
          'reference',
          'created_at',
          'status',
          'locale',
          'answer_language',
          'channel',
          'municipality',
          'question',
        ],
      ),
    );
    console.log(`${rows.length} question(s).`);
  },
  'questions show': async (pool, target) => {
    const row = await showQuestion(pool, required(target));
    for (const column of QUESTION_COLUMNS)
      console.log(
        `${column.padEnd(16)} ${row[column] instanceof Date ? (row[column] as Date).toISOString() : visibleMultiline(String(row[column] ?? ''))}`,
      );
  },
  'questions answered': (pool, target) => markQuestion(pool, required(target), 'answered'),
  'questions closed': (pool, target) => markQuestion(pool, required(target), 'closed'),
  'questions export': async (pool) =>
    exportRows(await listQuestions(pool, { status: options.status, since: since() }), QUESTION_COLUMNS),
  'signups list': async (pool) => {
    const rows = await listSignups(pool);
    console.log(
      formatTable(
        rows.map((r) => ({
          ...r,
          municipality: municipalityName(r.municipality),
          languages: r.languages.map(languageName),
        })),
        [
          'reference',
          'created_at',
          'status',
          'name',
          'municipality',
          'province',
          'arrival_year',
          'languages',
          'experience',
          'availability',
          'confirmed_at',
        ],
      ),
    );
    console.log(`${rows.length} sign-up(s).`);
  },
  confirmations: async (pool) => {
    const rows = await listPending(pool);
    console.log(formatTable(rows, PENDING_COLUMNS));
    console.log(
      `${rows.length} sign-up(s) waiting for their confirmation (removed ${retentionConfig().unconfirmedDays} days after they were sent).` +
        (rows.some((r) => r.mail_status !== 'sent')
          ? '\nFor a sign-up whose mail did not go (unsent: no SMTP_URL; failed: the mail server refused), `confirmations link REF` gives a new link to pass on.'
          : ''),
    );
  },
  'confirmations link': async (pool, target) => {
    const days = retentionConfig().unconfirmedDays;
    const link = await newLink(pool, required(target), siteUrl(), days);
    console.log(
      `${link}\nThis link confirms ${target} and works for ${days} days; the earlier link no longer works.`,
    );
  },
  'signups export': async (pool) => exportRows(await listSignups(pool), SIGNUP_COLUMNS),
  pool: async (pool) =>
    printPool(await listSignups(pool), options.suggest ? Number(options.suggest) : undefined),
  'feedback list': async (pool) => {
    const rows = await listFeedback(pool, feedbackFilter());
    console.log(
      formatTable(
        rows.map((r) => ({ ...r, text: String(r.text ?? '').slice(0, 80) })),
        ['created_at', 'page', 'locale', 'translation', 'answer', 'category', 'text'],
      ),
    );
    console.log(`${rows.length} feedback item(s).`);
  },
  'feedback summary': async (pool) => {
    const rows = await feedbackSummary(pool, feedbackFilter());
    console.log(
      formatTable(
        rows.map((r) => ({
          page: r.page,
          lang: r.lang,
          yes: r.yes,
          no: r.no,
          'useful %': r.useful ?? '–',
          ...r.problems,
          last: r.last,
        })),
      ),
    );
    console.log(
      `${rows.length} page(s) with feedback. Problems by kind: wrong-fact, unclear, translation, missing, other.`,
    );
  },
  'feedback export': async (pool) => exportRows(await listFeedback(pool, feedbackFilter()), FEEDBACK_COLUMNS),
  erase: async (pool, target) => {
    const who = required(target);
    const removed = await erase(pool, who);
    const total = removed.questions.length + removed.signups.length + removed.requests.length;
    const linked = Object.entries(removed.linked).map(([label, count]) => `, ${count} ${label}`);
    const requests = removed.requests.length
      ? `, ${removed.requests.length} sign-up request(s) ${removed.requests.join(' ')}`
      : '';
    console.log(
      total === 0
        ? `Nothing found for "${visible(who)}". Nothing was removed.`
        : `Removed ${removed.questions.length} question(s) ${removed.questions.join(' ')} and ${removed.signups.length} sign-up(s) ${removed.signups.join(' ')}${requests}${linked.join('')}.`,
    );
  },
  purge: async (pool) => {
    const config = retentionConfig();
    const removed = await purge(pool, config);
    console.log(
      `Retention: answered/closed questions after ${config.questionDays} days, suspect after ${config.suspectDays} days, sign-ups after ${config.signupMonths} months, sign-ups not confirmed after ${config.unconfirmedDays} days, session data ${config.sessionDays} days after a session, feedback after ${config.feedbackMonths} months.\n` +
        `Removed ${removed.questions.length} question(s) ${removed.questions.join(' ')}\n` +
        `Removed ${removed.suspectQuestions.length} suspect question(s) ${removed.suspectQuestions.join(' ')}\n` +
        `Removed ${removed.signups.length} sign-up(s) ${removed.signups.join(' ')}\n` +
        `Removed ${removed.signupRequests.length} sign-up request(s) ${removed.signupRequests.join(' ')}\n` +
        `Removed the personal data of ${removed.sessions.length} session(s) ${removed.sessions.join(' ')}\n` +
        `Removed ${removed.feedback.length} feedback item(s)`,
    );
  },
  ...meetingCommands(options, output),
};

function required(target: string | undefined): string {
  if (!target) throw new TeamError(`Unknown or incomplete command.\n${USAGE}`);
  return target;
}

async function markQuestion(pool: Pool, reference: string, status: 'answered' | 'closed'): Promise<void> {
  const row = await setQuestionStatus(pool, reference, status);
  console.log(
    `${row.reference} is now ${row.status}. It will be removed ${retentionConfig().questionDays} days from now (retention).`,
  );
}

/**
 * The command named by the first words: two ("questions list") or one ("purge"); the next word is its
 * target, and any words after it are passed on (`tips import S-… file.csv`).
 */
function findCommand(words: string[]): { command: Command; target: string | undefined; rest: string[] } {
  const [group = '', action] = words;
  const two = COMMANDS[`${group} ${action}`];
  if (two) return { command: two, target: words[2], rest: words.slice(3) };
  const one = COMMANDS[group];
  if (one) return { command: one, target: action, rest: words.slice(2) };
  const known = Object.keys(COMMANDS).some((name) => name.startsWith(`${group} `));
  throw new TeamError(
    known ? `Unknown or incomplete command.\n${USAGE}` : `Unknown command "${words.join(' ')}".\n${USAGE}`,
  );
}

async function main(): Promise<void> {
  if (options.help || positionals.length === 0) {
    console.log(USAGE);
    return;
  }
  const { command, target, rest } = findCommand(positionals);
  const database = await prepareDatabase();
  const pool = createPool(database.url, { max: 1, queryTimeoutMs: 60_000 });
  try {
    await command(pool, target, rest);
  } finally {
    await pool.end();
    await database.stop();
  }
}

function printPool(all: Awaited<ReturnType<typeof listSignups>>, suggest?: number): void {
  const thisYear = new Date().getFullYear();
  // Only people who confirmed their address count and are suggested (issue 16).
  const rows = all.filter((r) => r.confirmed_at !== null);
  if (rows.length < all.length)
    console.log(
      `${all.length - rows.length} sign-up(s) from before e-mail confirmation are left out: they never confirmed their address.\n`,
    );
  const c = composition(rows, thisYear, municipalityName);
  const list = (items: Array<{ value: string; count: number }>, name = (v: string) => v) =>
    items.map((i) => ({ [' ']: name(i.value), people: i.count }));
  console.log(
    `Expert pool sign-ups: ${c.people} people, ${c.municipalities.length} municipalities, ${c.provinces.length} provinces.\n`,
  );
  console.log(`Per province\n${formatTable(list(c.provinces))}\n`);
  const shown = options.all ? c.municipalities : c.municipalities.slice(0, 20);
  const rest = c.municipalities.length - shown.length;
  console.log(
    `Per municipality${rest > 0 ? ' (the 20 largest; --all for every one)' : ''}\n${formatTable(list(shown))}${rest > 0 ? `\n… and ${rest} more municipalities` : ''}\n`,
  );
  console.log(`Years in the Netherlands\n${formatTable(list(c.yearsBands))}\n`);
  console.log(`Languages\n${formatTable(list(c.languages, languageName))}\n`);
  console.log(`Experience with integration\n${formatTable(list(c.experience))}`);
  if (suggest === undefined) return;
  if (!Number.isInteger(suggest) || suggest < 1)
    throw new TeamError('--suggest needs a number of people, e.g. --suggest 20.');
  const picks = suggestPool(rows, suggest, thisYear);
  const s = spread(
    picks.map((p) => p.row),
    thisYear,
  );
  console.log(
    `\nSuggested pool of ${picks.length}: ${s.municipalities} municipalities, ${s.provinces} provinces, ${s.yearsBands} of 5 years bands, ${s.languages} languages, ${s.experience} kinds of experience.`,
  );
  console.log(
    'Picked one by one: each next person adds what the pool lacks most — a years band, then a municipality, a province, languages, experience.\n',
  );
  console.log(
    formatTable(
      picks.map((p, i) => ({
        '#': i + 1,
        reference: p.row.reference,
        name: p.row.name,
        municipality: municipalityName(p.row.municipality),
        province: p.row.province,
        years: yearsBand(p.row.arrival_year, thisYear),
        adds: p.adds.join('; '),
      })),
    ),
  );
}

main().catch((error: unknown) => {
  if (error instanceof TeamError) console.error(visibleMultiline(error.message));
  else
    console.error(
      `Failed: ${visible(redactSecrets(String((error as Error)?.message)))}\nIs the database reachable? Locally, npm start or an unset DATABASE_URL uses the embedded one.`,
    );
  process.exitCode = 1;
});
