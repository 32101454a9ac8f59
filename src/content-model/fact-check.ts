/**
 * The build's check of fact uses (src/integrations/site-checks.ts): every `<Fact id>` in the pages
 * and checker results, and every `{fact:id}` in the checker texts, glossaries and insights, names a
 * fact in content/facts/. Reads the files from disk, before Astro's content layer runs.
 * Also the list of content texts that `npm run facts` reports uses from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { DATE_UNITS } from './fact-schema.ts';
import { factUses, isFactFormat } from './fact-usage.ts';
import { unknownFactMessage, type FactIndex } from './facts.ts';

export interface ContentText {
  /** Path from the project root, e.g. "content/pages/ar/boetes.mdx". */
  path: string;
  /** Where readers see it, as lang/slug: "ar/boetes", "nl/checker/oude-wet", "en/glossary". */
  label: string;
  text: string;
}

function files(dir: URL, extension: string): string[] {
  try {
    return readdirSync(dir, { recursive: true })
      .map((f) => String(f).split('\\').join('/'))
      .filter((f) => f.endsWith(extension))
      .sort();
  } catch {
    return [];
  }
}

/** Every content text that may use facts, with where readers see it. */
export function contentTexts(contentDir: URL): ContentText[] {
  const read = (path: string, label: string): ContentText => ({
    path: `content/${path}`,
    label,
    text: readFileSync(new URL(path, contentDir), 'utf8'),
  });
  const withoutExtension = (f: string) => f.replace(/\.[a-z]+$/, '');
  return [
    ...files(new URL('pages/', contentDir), '.mdx').map((f) => read(`pages/${f}`, withoutExtension(f))),
    ...files(new URL('checker/results/', contentDir), '.mdx').map((f) => {
      const [lang, result] = withoutExtension(f).split('/');
      return read(`checker/results/${f}`, `${lang}/checker/${result}`);
    }),
    // The checker's texts per language (the tree has none): content/checker/<lang>.yaml.
    ...files(new URL('checker/', contentDir), '.yaml')
      .filter((f) => !f.startsWith('results/') && !f.endsWith('tree.yaml'))
      .map((f) => read(`checker/${f}`, `${withoutExtension(f.split('/').at(-1)!)}/checker`)),
    ...files(new URL('glossary/', contentDir), '.yaml').map((f) =>
      read(`glossary/${f}`, `${withoutExtension(f)}/glossary`),
    ),
    ...files(new URL('insights/', contentDir), '.yaml').map((f) => {
      const [lang, slug] = withoutExtension(f).split('/');
      return read(`insights/${f}`, `${lang}/insights/${slug}`);
    }),
  ];
}

/** Each wrong use as "file:line:column: what is wrong", in file order. */
export function factProblems(texts: readonly ContentText[], facts: FactIndex): string[] {
  const problems: string[] = [];
  for (const { path, text } of texts) {
    for (const use of factUses(text)) {
      const where = `${path}:${use.line}:${use.column}`;
      const fact = facts.get(use.id);
      if (!fact) problems.push(unknownFactMessage(use.id, facts, where));
      else if (use.format !== undefined && !isFactFormat(use.format))
        problems.push(
          `${where}: fact "${use.id}": unknown format "${use.format}" (use "number" or leave it out).`,
        );
      else if (use.format === 'number' && DATE_UNITS.includes(fact.unit))
        problems.push(`${where}: fact "${use.id}" is a date: it has no bare number; leave out format.`);
    }
  }
  return problems;
}

/** The report that stops the build, or undefined when every use is sound. */
export function factProblemsReport(texts: readonly ContentText[], facts: FactIndex): string | undefined {
  const problems = factProblems(texts, facts);
  if (problems.length === 0) return undefined;
  return `Facts used in content that do not exist or are used wrongly:\n- ${problems.join('\n- ')}`;
}
