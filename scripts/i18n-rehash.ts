/**
 * npm run i18n:rehash — moves every recorded `sourceHash` from the previous content hash (which
 * counted blank lines and line breaks) to the current one, for translations that were up to date:
 * a hash that matched the Dutch text under the old way of hashing gets the same Dutch text's new
 * hash. Any other hash is left as it was, so nothing becomes falsely up to date or outdated.
 * Changes only `sourceHash:` lines. Run it after merging translations made before the change.
 */
import { pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';
import { contentFiles } from '../src/content-model/content-files.ts';
import { contentHash, splitFrontmatter, withSourceHash } from '../src/content-model/content-hash.ts';
import { legacyContentHash } from '../src/content-model/legacy-content-hash.ts';
import { SOURCE_LOCALE } from '../src/i18n/locales.ts';

const files = contentFiles(pathToFileURL(`${process.cwd()}/content/`)).filter(
  (f) => f.kind === 'page' || f.kind === 'result',
);
let changed = 0;
for (const file of files) {
  if (file.lang === SOURCE_LOCALE) continue;
  const dutch = files.find((f) => f.kind === file.kind && f.lang === SOURCE_LOCALE && f.slug === file.slug);
  const recorded = /^sourceHash:\s*["']?([0-9a-f]{12})["']?\s*$/m.exec(
    splitFrontmatter(file.text).frontmatter,
  )?.[1];
  if (!dutch || !recorded || recorded !== legacyContentHash(dutch.text)) continue;
  const hash = contentHash(dutch.text);
  if (hash === recorded) continue;
  writeFileSync(new URL(file.path, pathToFileURL(`${process.cwd()}/`)), withSourceHash(file.text, hash));
  changed++;
}
console.log(
  `${changed} sourceHash values changed to the current content hash; every other file was left as it was.`,
);
