/**
 * npm run i18n:status — how current every translation is: a table of pages × languages with
 * ✓ reviewed, m machine (not reviewed), ! outdated (the Dutch text changed since), – missing;
 * then, per language, interface strings left the same as in English (untranslated) and a missing
 * glossary or checker text file (its readers then see the terms and questions of the fallback).
 *   npm run i18n:status -- --json     the same as JSON
 * Exits 0; use --fail-on-missing to exit 1 when a translation is missing.
 * Readers' reports of a bad translation (feedback, `npm run team -- feedback`) show beside the page
 * and language as ⚑ and a count, when a database is there to read them from.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fallbackChain, LOCALE_CODES, SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { loadUiFiles } from '../src/i18n/load-ui-files.ts';
import { ENGLISH, untranslatedKeys } from '../src/i18n/untranslated.ts';
import { translationStatus, type TranslationState } from '../src/content-model/translation-status.ts';
import { readTranslationReports } from '../src/server/team/translation-reports.ts';

const { reports, note } = await readTranslationReports();
const entries = translationStatus().map((e) => ({
  ...e,
  reports: reports.get(`${e.lang}|${e.slug}`)?.count ?? 0,
}));
const reported = (lang: string, slug: string) => {
  const count = reports.get(`${lang}|${slug}`)?.count;
  return count ? ` ⚑${count}` : '';
};
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(entries, null, 2));
} else {
  const locales = LOCALE_CODES.filter((l) => l !== SOURCE_LOCALE);
  const mark: Record<TranslationState, string> = { reviewed: '✓', machine: 'm', outdated: '!', missing: '–' };
  const slugs = [...new Set(entries.map((e) => e.slug))];
  const rows = slugs.map((slug) => ({
    page: slug,
    ...Object.fromEntries(
      locales.map((lang) => [
        lang,
        mark[entries.find((e) => e.slug === slug && e.lang === lang)!.state] + reported(lang, slug),
      ]),
    ),
  }));
  console.log(
    'Translations: ✓ reviewed · m machine (not reviewed) · ! outdated · – missing · ⚑n readers reported a bad translation',
  );
  console.table(rows);
  const count = (state: TranslationState) => entries.filter((e) => e.state === state).length;
  console.log(
    `${slugs.length} pages × ${locales.length} languages: ${count('reviewed')} reviewed, ${count('machine')} machine, ${count('outdated')} outdated, ${count('missing')} missing.`,
  );
  for (const e of entries.filter((x) => x.state === 'outdated')) {
    console.log(
      `outdated: ${e.lang}/${e.slug} (Dutch changed ${e.sourceChanged.toISOString().slice(0, 10)}; after checking, npm run i18n:mark -- ${e.lang} ${e.slug})`,
    );
  }
  for (const [key, { count, last }] of reports) {
    const [lang, slug] = key.split('|');
    console.log(
      `reported: ${lang}/${slug} — ${count} reader(s) say the translation is bad (newest ${last.toISOString().slice(0, 10)}; npm run team -- feedback list --page /${lang}/${slug}/)`,
    );
  }
  if (note) console.log(note);
}
if (!process.argv.includes('--json')) {
  const ui = loadUiFiles(
    join(process.cwd(), 'content', 'ui'),
    LOCALE_CODES.filter((c) => existsSync(join(process.cwd(), 'content', 'ui', `${c}.json`))),
  );
  for (const lang of LOCALE_CODES.filter((l) => l !== SOURCE_LOCALE && l !== ENGLISH)) {
    const same = ui[lang] && ui[ENGLISH] ? untranslatedKeys(ui[lang], ui[ENGLISH]) : [];
    if (same.length > 0)
      console.log(
        `${lang}: ${same.length} interface strings are the same as in English (untranslated): ${same.join(', ')}`,
      );
  }
  for (const lang of LOCALE_CODES.filter((l) => l !== SOURCE_LOCALE)) {
    const from = fallbackChain(lang)[0] ?? SOURCE_LOCALE;
    for (const [file, what] of [
      [`content/glossary/${lang}.yaml`, 'glossary terms'],
      [`content/checker/${lang}.yaml`, 'checker questions'],
    ] as const)
      if (!existsSync(join(process.cwd(), file)))
        console.log(`${lang}: no ${file} — its readers see the ${what} in "${from}" (the fallback)`);
  }
}
if (process.argv.includes('--fail-on-missing') && entries.some((e) => e.state === 'missing')) process.exit(1);
