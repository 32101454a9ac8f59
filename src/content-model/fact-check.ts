/**
 * The check of fact uses (part of the content check, src/content-check/): every `<Fact id>` in the
 * pages and checker results, and every `{fact:id}` in the checker texts, glossaries and insights,
 * names a fact in content/facts/. Also the list of content texts that `npm run facts` reports uses from.
 */
import { contentFiles, type ContentFile } from './content-files.ts';
import { DATE_UNITS } from './fact-schema.ts';
import { factUses, isFactFormat } from './fact-usage.ts';
import { unknownFactMessage, type FactIndex } from './facts.ts';
import type { Problem } from './problem.ts';

export interface ContentText {
  /** Path from the project root, e.g. "content/pages/ar/boetes.mdx". */
  path: string;
  /** Where readers see it, as lang/slug: "ar/boetes", "nl/checker/oude-wet", "en/glossary". */
  label: string;
  text: string;
}

/** Where readers see a text that may use facts, or undefined for files that cannot use them. */
function labelOf(file: ContentFile): string | undefined {
  switch (file.kind) {
    case 'page':
      return `${file.lang}/${file.slug}`;
    case 'result':
      return `${file.lang}/checker/${file.slug}`;
    case 'checker-text':
      return `${file.lang}/checker`;
    case 'glossary':
      return `${file.lang}/glossary`;
    case 'insight':
      return `${file.lang}/insights/${file.slug}`;
    default:
      return undefined;
  }
}

/** Every content text that may use facts, with where readers see it. */
export function contentTexts(contentDir: URL | readonly ContentFile[]): ContentText[] {
  const all = contentDir instanceof URL ? contentFiles(contentDir) : contentDir;
  return all.flatMap((file) => {
    const label = labelOf(file);
    return label === undefined ? [] : [{ path: file.path, label, text: file.text }];
  });
}

/** Each wrong use, in file order. */
export function factProblems(texts: readonly ContentText[], facts: FactIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { path, text } of texts) {
    for (const use of factUses(text)) {
      const at = { file: path, line: use.line, column: use.column };
      const fact = facts.get(use.id);
      if (!fact) problems.push({ ...at, message: unknownFactMessage(use.id, facts) });
      else if (use.format !== undefined && !isFactFormat(use.format))
        problems.push({
          ...at,
          message: `fact "${use.id}" has no format "${use.format}" — write format="number" or leave it out`,
        });
      else if (use.format === 'number' && DATE_UNITS.includes(fact.unit))
        problems.push({
          ...at,
          message: `fact "${use.id}" is a date and has no bare number — leave out format`,
        });
    }
  }
  return problems;
}
