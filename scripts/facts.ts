/**
 * npm run facts — every fact in content/facts/*.yaml: id, the value as written in Dutch, unit,
 * fact-sheet number, source, lastChecked, and the pages that use it ({nl,en}/boetes = nl/boetes
 * and en/boetes); then the facts not checked against their source for 12 months. Exits 0.
 *   npm run facts -- --today 2027-12-31   judge "12 months" from another day
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { loadFacts } from '../src/content-model/facts.ts';
import { contentTexts } from '../src/content-model/fact-check.ts';
import { factIdsIn } from '../src/content-model/fact-usage.ts';
import { formatFact } from '../src/content-model/format-fact.ts';
import { LOCALE_CODES, SOURCE_LOCALE } from '../src/i18n/locales.ts';

const contentDir = pathToFileURL(`${join(process.cwd(), 'content')}/`);
const facts = loadFacts(new URL('facts/', contentDir));
const todayArg = process.argv.indexOf('--today');
const today = todayArg > 0 ? new Date(`${process.argv[todayArg + 1]}T00:00:00Z`) : new Date();
if (Number.isNaN(today.getTime())) throw new Error('--today needs a date written as YYYY-MM-DD');
const staleBefore = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));
const day = (d: Date) => d.toISOString().slice(0, 10);

// Fact id → where readers see it ("ar/boetes") → grouped per page: "{nl,en,ar}/boetes".
const usedBy = new Map<string, Map<string, string[]>>();
for (const { label, text } of contentTexts(contentDir)) {
  const [lang, ...rest] = label.split('/');
  for (const id of factIdsIn(text)) {
    const pages = usedBy.get(id) ?? new Map<string, string[]>();
    pages.set(rest.join('/'), [...(pages.get(rest.join('/')) ?? []), lang!]);
    usedBy.set(id, pages);
  }
}
const order = (langs: string[]) =>
  [...langs].sort((a, b) => LOCALE_CODES.indexOf(a) - LOCALE_CODES.indexOf(b));
const pagesOf = (id: string) =>
  [...(usedBy.get(id) ?? new Map<string, string[]>())].map(([page, langs]) =>
    langs.length === 1 ? `${langs[0]}/${page}` : `{${order(langs).join(',')}}/${page}`,
  );

const all = [...facts.values()].sort((a, b) => a.file.localeCompare(b.file) || a.id.localeCompare(b.id));
const width = Math.max(...all.map((f) => f.id.length));
console.log(
  `${all.length} facts in content/facts/ (value as written in ${SOURCE_LOCALE}; change it there and every language follows)\n`,
);
let file = '';
for (const fact of all) {
  if (fact.file !== file) console.log(`── ${(file = fact.file)}.yaml`);
  const value = formatFact(fact, SOURCE_LOCALE).replace(/\u00a0/g, ' ');
  console.log(
    `${fact.id.padEnd(width)}  ${value.padEnd(16)} ${fact.unit.padEnd(10)} fact ${String(fact.factSheet).padEnd(3)} checked ${day(fact.lastChecked)}`,
  );
  console.log(`${' '.repeat(width)}  source: ${fact.source.title} <${fact.source.url}>`);
  const pages = pagesOf(fact.id);
  console.log(`${' '.repeat(width)}  used on: ${pages.length > 0 ? pages.join(' ') : '(no page yet)'}`);
  if (fact.note) console.log(`${' '.repeat(width)}  note: ${fact.note}`);
}

const stale = all.filter((f) => f.lastChecked < staleBefore);
console.log(`\nNot checked for 12 months (lastChecked before ${day(staleBefore)}): ${stale.length}`);
for (const fact of stale)
  console.log(`- ${fact.id} (checked ${day(fact.lastChecked)}; fact ${fact.factSheet}; ${fact.source.url})`);
