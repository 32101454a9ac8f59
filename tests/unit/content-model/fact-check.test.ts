import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTexts, factProblems } from '../../../src/content-model/fact-check.ts';
import { formatProblem } from '../../../src/content-model/problem.ts';
import { loadFacts } from '../../../src/content-model/facts.ts';

const CONTENT = new URL('../../../content/', import.meta.url);
const facts = loadFacts(new URL('facts/', CONTENT));

describe('the build check of fact uses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'facts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(
    'pages/ar/boetes.mdx',
    '---\ntitle: x\n---\n\nالغرامة <Fact id="fine-old-law-max" />.\nأو <Fact id="fine-old-law-maxx" />.\n',
  );
  write(
    'checker/results/en/oude-wet.mdx',
    '---\ntitle: x\n---\nWithin <Fact id="integration-term" format="words" />.\n',
  );
  write('checker/tr.yaml', 'questions:\n  q:\n    title: "{fact:new-law-start:number} öncesi mi?"\n');
  write('checker/tree.yaml', 'start: q\n');
  write('glossary/fa.yaml', 'terms:\n  - definition: "{fact:integration-trm} وقت دارید."\n');
  write('insights/nl/helpdesk.yaml', 'insight: "Binnen {fact:objection-period}."\n');
  const texts = contentTexts(pathToFileURL(`${dir}/`));

  it('reads pages, checker results and texts, glossaries and insights, with where readers see them', () => {
    expect(texts.map((t) => `${t.path} → ${t.label}`)).toEqual([
      'content/pages/ar/boetes.mdx → ar/boetes',
      'content/checker/results/en/oude-wet.mdx → en/checker/oude-wet',
      'content/checker/tr.yaml → tr/checker',
      'content/glossary/fa.yaml → fa/glossary',
      'content/insights/nl/helpdesk.yaml → nl/insights/helpdesk',
    ]);
  });

  it('names file, line:column and id of an unknown fact, with the nearest known id', () => {
    expect(factProblems(texts, facts).map(formatProblem)).toEqual([
      'content/pages/ar/boetes.mdx:6:4  unknown fact id "fine-old-law-maxx" — did you mean "fine-old-law-max"? Facts are kept in content/facts/*.yaml.',
      'content/checker/results/en/oude-wet.mdx:4:8  fact "integration-term" has no format "words" — write format="number" or leave it out',
      'content/checker/tr.yaml:3:13  fact "new-law-start" is a date and has no bare number — leave out format',
      'content/glossary/fa.yaml:2:18  unknown fact id "integration-trm" — did you mean "integration-term"? Facts are kept in content/facts/*.yaml.',
    ]);
  });

  it('passes the site’s own content', () => {
    expect(factProblems(contentTexts(CONTENT), facts)).toEqual([]);
  });
});
