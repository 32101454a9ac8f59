/**
 * Synthetic pages for the build-scaling benchmark: P pages in every language, each the body of a
 * real page of that language (realistic length, glossary terms, components), under a new title.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOCALE_CODES, SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { pageSlugs } from '../../src/content-model/page-files.ts';
import { splitFrontmatter } from '../../src/content-model/content-hash.ts';

/** Pages whose body carries a form or a generated list: not used as templates. */
const SPECIAL = /^(index|begrippen|stel-je-vraag|expertpool|wat-geldt-voor-mij)/;

export function writeSyntheticPages(root: string, perLocale: number): void {
  const pagesDir = join(root, 'content', 'pages');
  const templates = pageSlugs(pathToFileURL(`${pagesDir}/`), SOURCE_LOCALE).filter((s) => !SPECIAL.test(s));
  for (const lang of LOCALE_CODES) {
    mkdirSync(join(pagesDir, lang, 'synthetisch'), { recursive: true });
    for (let i = 0; i < perLocale; i++) {
      const template = templates[i % templates.length]!;
      const source = readFileSync(join(pagesDir, lang, `${template}.mdx`), 'utf8');
      const { body } = splitFrontmatter(source);
      const front = [
        '---',
        `title: "Synthetisch ${i} — ${template}"`,
        `description: "Een gegenereerde pagina voor de benchmark, met de tekst van ${template}."`,
        'section: steps',
        `order: ${1000 + i}`,
        'sources:',
        '  - title: "Inburgeren.nl"',
        '    url: https://www.inburgeren.nl/',
        'lastChecked: 2026-11-28',
        ...(lang === SOURCE_LOCALE ? [] : ['translation: machine', 'sourceHash: "000000000000"']),
        '---',
      ].join('\n');
      writeFileSync(
        join(pagesDir, lang, 'synthetisch', `${String(i).padStart(4, '0')}.mdx`),
        `${front}\n${body}`,
      );
    }
  }
}
