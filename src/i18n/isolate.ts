/**
 * Right-to-left text with Latin-script words inside it ("الخطة الشخصية (PIP)", "B1", "€ 250",
 * "Mijn Inburgering") reads right only when those words are isolated (<bdi>), or their order and
 * punctuation can flip. This finds such runs so pages can isolate them automatically — in MDX
 * (src/content-model/isolate-latin.ts) and in front-matter text (components/layout/Bidi.astro).
 */
const RUN = /[A-Za-z0-9€][A-Za-z0-9€.,:+\-/@'’_ ]*[A-Za-z0-9€]|[A-Za-z]/g;

export interface Segment {
  text: string;
  latin: boolean;
}

/** Splits text into plain parts and Latin-script runs (runs with at least one Latin letter). */
export function latinRuns(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    const run = match[0].trimEnd();
    if (!/[A-Za-z]/.test(run)) continue;
    const start = match.index!;
    if (start > last) segments.push({ text: text.slice(last, start), latin: false });
    segments.push({ text: run, latin: true });
    last = start + run.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), latin: false });
  return segments;
}

/** True when text mixes right-to-left letters with Latin-script words. */
export function needsIsolation(text: string): boolean {
  return /[\u0590-\u08ff]/.test(text) && /[A-Za-z]/.test(text);
}
