/**
 * The facts in content/facts/*.yaml as one index (id → fact), for pages (through the content
 * collection, facts-collection.ts) and for the build check and scripts (read from disk here).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { nearest } from '../lib/nearest.ts';
import { factFileSchema, type Fact } from './fact-schema.ts';

export interface IndexedFact extends Fact {
  id: string;
  /** The file it is kept in, e.g. "money" for content/facts/money.yaml. */
  file: string;
}

export type FactIndex = ReadonlyMap<string, IndexedFact>;

/** One index over all fact files; an id kept in two files stops the build, naming both. */
export function indexFacts(files: readonly { file: string; facts: Record<string, Fact> }[]): FactIndex {
  const index = new Map<string, IndexedFact>();
  for (const { file, facts } of files) {
    for (const [id, fact] of Object.entries(facts)) {
      const earlier = index.get(id);
      if (earlier)
        throw new Error(
          `Fact "${id}" is in content/facts/${earlier.file}.yaml and in content/facts/${file}.yaml: keep it in one file.`,
        );
      index.set(id, { ...fact, id, file });
    }
  }
  return index;
}

/** Reads and checks content/facts/*.yaml from disk (outside Astro: the build check, scripts, tests). */
export function loadFacts(factsDir: URL): FactIndex {
  const files = readdirSync(factsDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const result = factFileSchema.safeParse(parse(readFileSync(new URL(name, factsDir), 'utf8')) ?? {});
      if (!result.success) {
        const problems = result.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`).join('\n');
        throw new Error(`content/facts/${name} has problems:\n${problems}`);
      }
      return { file: name.slice(0, -'.yaml'.length), facts: result.data };
    });
  return indexFacts(files);
}

/** The known id nearest to an unknown one. */
export function nearestFactId(id: string, known: Iterable<string>): string | undefined {
  return nearest(id, known);
}

/** The message for an unknown id, with the nearest known id as a suggestion. */
export function unknownFactMessage(id: string, facts: FactIndex, where?: string): string {
  const suggestion = nearestFactId(id, facts.keys());
  return `${where ? `${where}: ` : ''}unknown fact id "${id}"${suggestion ? ` — did you mean "${suggestion}"?` : ''} Facts are kept in content/facts/*.yaml.`;
}

/** A fact by id; throws the "did you mean" message when there is none. */
export function getFact(facts: FactIndex, id: string, where?: string): IndexedFact {
  const fact = facts.get(id);
  if (!fact) throw new Error(unknownFactMessage(id, facts, where));
  return fact;
}
