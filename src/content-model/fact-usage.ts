/**
 * Where content uses facts: `<Fact id="…" />` in MDX, `{fact:id}` (or `{fact:id:number}`) in YAML
 * texts (checker questions and answers, glossary definitions, insights). One reader for the build
 * check, the sources list and `npm run facts`; one writer for the placeholders.
 */
import { getFact, type FactIndex } from './facts.ts';
import { FACT_FORMATS, formatFact, type FactFormat } from '../i18n/format-fact.ts';

const MDX_FACT = /<Fact\b[^>]*?\bid\s*=\s*(["'])(.*?)\1/g;
const PLACEHOLDER = /\{fact:([^{}:\s]*)(?::([^{}\s]*))?\}/g;

export interface FactUse {
  id: string;
  /** 1-based line and column of the use in the text. */
  line: number;
  column: number;
  /** A format other than those FactFormat allows, written in a placeholder. */
  badFormat?: string;
}

function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Every fact a text uses, in order: MDX components and YAML placeholders alike. */
export function factUses(text: string): FactUse[] {
  const uses: (FactUse & { index: number })[] = [];
  for (const m of text.matchAll(MDX_FACT)) uses.push({ id: m[2]!, index: m.index, ...position(text, m.index) });
  for (const m of text.matchAll(PLACEHOLDER)) {
    const format = m[2];
    const badFormat = format !== undefined && !FACT_FORMATS.includes(format as FactFormat) ? format : undefined;
    uses.push({ id: m[1]!, index: m.index, ...position(text, m.index), ...(badFormat !== undefined && { badFormat }) });
  }
  return uses.sort((a, b) => a.index - b.index).map(({ index: _index, ...use }) => use);
}

/** The ids a text uses, each once, in order of first use. */
export function factIdsIn(text: string): string[] {
  return [...new Set(factUses(text).map((u) => u.id))];
}

/** Replaces `{fact:id}` and `{fact:id:number}` with the value written in `lang`. */
export function fillFacts(text: string, lang: string, facts: FactIndex): string {
  if (!text.includes('{fact:')) return text;
  return text.replace(PLACEHOLDER, (_all, id: string, format: string | undefined) =>
    formatFact(getFact(facts, id, `{fact:${id}}`), lang, (format ?? 'full') as FactFormat),
  );
}

/** fillFacts on every string inside a value (a checker question with its answers, a glossary term). */
export function fillFactsDeep<T>(value: T, lang: string, facts: FactIndex): T {
  if (typeof value === 'string') return fillFacts(value, lang, facts) as T;
  if (Array.isArray(value)) return value.map((v) => fillFactsDeep(v, lang, facts)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillFactsDeep(v, lang, facts)])) as T;
  }
  return value;
}
