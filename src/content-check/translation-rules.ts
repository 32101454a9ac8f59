/**
 * The translation rules: a translation keeps the Dutch file name and says how it was made
 * (`translation: machine` or `reviewed`, with the `sourceHash` of the Dutch text); it is not the
 * Dutch text itself; an up-to-date one uses the same facts as the Dutch; glossary, checker and
 * insight translations name only what the Dutch has; every language has at least its home page.
 */
import { contentHash, splitFrontmatter } from '../content-model/content-hash.ts';
import type { ContentFile } from '../content-model/content-files.ts';
import { factIdsIn } from '../content-model/fact-usage.ts';
import type { Problem } from '../content-model/problem.ts';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { localizeLinks } from '../i18n/urls.ts';
import type { YamlSource } from './yaml-source.ts';

interface Translated {
  file: ContentFile;
  data: Record<string, unknown>;
  source: YamlSource;
  /** The Dutch file of the same page or result, if there is one. */
  dutch: ContentFile | undefined;
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The rules for a page or checker result in any language. */
export function translationProblems({ file, data, source, dutch }: Translated): Problem[] {
  const problems: Problem[] = [];
  const at = (key: string) => ({ file: file.path, ...source.keyPositionOf([key]) });
  const kind = file.kind === 'page' ? 'pages' : 'checker/results';
  if (file.lang === SOURCE_LOCALE) {
    if (data.translation !== undefined && data.translation !== 'source')
      problems.push({
        ...at('translation'),
        message: 'a Dutch text is the source — write translation: source, or leave the line out',
      });
    if (data.sourceHash !== undefined)
      problems.push({ ...at('sourceHash'), message: 'a Dutch text has no "sourceHash" — remove the line' });
    return problems;
  }
  if (!dutch) {
    return [
      {
        file: file.path,
        line: 1,
        column: 1,
        message: `there is no Dutch content/${kind}/${SOURCE_LOCALE}/${file.slug}.mdx, so no reader reaches this file — a translation keeps the Dutch file name: rename it, or write the Dutch text first`,
      },
    ];
  }
  if (data.translation === undefined || data.translation === 'source')
    problems.push({
      ...at('translation'),
      message: `"translation" ${data.translation === undefined ? 'is missing' : 'is "source"'} in a translation — write translation: machine (or reviewed, once a person checked it against the Dutch)`,
    });
  const own = splitFrontmatter(file.text).body;
  const original = splitFrontmatter(dutch.text).body;
  if (words(own) !== '' && words(localizeLinks(original, file.lang!)) === words(own))
    problems.push({
      file: file.path,
      ...source.positionOf([]),
      message:
        'the text is still the Dutch text — translate it, or delete the file so readers see the Dutch page with a notice',
    });
  else if (String(data.sourceHash ?? '') === contentHash(dutch.text)) {
    // Up to date with the Dutch text: the same amounts, dates and periods.
    const mine = factIdsIn(own);
    const theirs = factIdsIn(original);
    const missing = theirs.filter((id) => !mine.includes(id));
    const extra = mine.filter((id) => !theirs.includes(id));
    if (missing.length > 0 || extra.length > 0)
      problems.push({
        ...at('sourceHash'),
        message: `the facts differ from the Dutch text (${[
          ...missing.map((id) => `missing <Fact id="${id}" />`),
          ...extra.map((id) => `not in the Dutch: <Fact id="${id}" />`),
        ].join('; ')}) — every amount, date and period must match the Dutch page`,
      });
  }
  return problems;
}

/** Ids in a translation that the Dutch file does not have (glossary terms, checker questions and answers). */
export function unknownIdProblems(
  file: string,
  ids: readonly { path: (string | number)[]; id: string; known: boolean }[],
  source: YamlSource,
  what: string,
  dutchFile: string,
): Problem[] {
  return ids
    .filter((i) => !i.known)
    .map((i) => ({
      file,
      ...source.positionOf(i.path),
      message: `${what} "${i.id}" is not in ${dutchFile}, so it is never shown — use the id the Dutch file has, or add it there first`,
    }));
}
