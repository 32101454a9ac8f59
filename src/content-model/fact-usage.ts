/**
 * Where content uses facts: `<Fact id="…" />` in MDX, `{fact:id}` (or `{fact:id:number}`) in YAML
 * texts (checker questions and answers, glossary definitions, insights). One reader for the build
 * check, the sources list and `npm run facts`; one writer for the placeholders.
 */
import { positionAt } from '../lib/text-position.ts';
import { getFact, type FactIndex } from './facts.ts';
import { FACT_FORMATS, formatFact, type FactFormat } from './format-fact.ts';

const MDX_FACT = /<Fact\b([^>]*)>/g;
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(["'])(.*?)\\1`);
const PLACEHOLDER = /\{fact:([^{}:\s]*)(?::([^{}\s]*))?\}/g;

export interface FactUse {
  id: string;
  /** The format asked for (`number`), if any — as written, so a misspelt one can be reported. */
  format?: string;
  /** 1-based line and column of the use in the text. */
  line: number;
  column: number;
}

/** Every fact a text uses, in order: MDX components and YAML placeholders alike. */
export function factUses(text: string): FactUse[] {
  const found: { index: number; id: string; format: string | undefined }[] = [];
  for (const m of text.matchAll(MDX_FACT)) {
    found.push({
      index: m.index,
      id: ATTRIBUTE('id').exec(m[1]!)?.[2] ?? '',
      format: ATTRIBUTE('format').exec(m[1]!)?.[2],
    });
  }
  for (const m of text.matchAll(PLACEHOLDER)) found.push({ index: m.index, id: m[1]!, format: m[2] });
  return found
    .sort((a, b) => a.index - b.index)
    .map(({ index, id, format }) => ({
      id,
      ...(format !== undefined && { format }),
      ...positionAt(text, index),
    }));
}

/** Whether a format written in content is one FactFormat allows. */
export function isFactFormat(format: string): format is FactFormat {
  return FACT_FORMATS.includes(format as FactFormat);
}

/** The ids a text uses, each once, in order of first use. */
export function factIdsIn(text: string): string[] {
  return [...new Set(factUses(text).map((u) => u.id))];
}

export interface Source {
  title: string;
  url: string;
}

/** A page's own sources, then those of the facts its text uses (in order of use); each address once. */
export function factSources(own: readonly Source[], text: string, facts: FactIndex): Source[] {
  const all = [...own, ...factIdsIn(text).flatMap((id) => facts.get(id)?.source ?? [])];
  return all.filter((s, i) => all.findIndex((o) => o.url === s.url) === i);
}

/** Replaces `{fact:id}` and `{fact:id:number}` with the value written in `lang`. */
export function fillFacts(text: string, lang: string, facts: FactIndex): string {
  if (!text.includes('{fact:')) return text;
  return text.replace(PLACEHOLDER, (all: string, id: string, format = 'full') => {
    if (!isFactFormat(format))
      throw new Error(`${all}: unknown format "${format}"; write {fact:${id}} or {fact:${id}:number}.`);
    return formatFact(getFact(facts, id, all), lang, format);
  });
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
