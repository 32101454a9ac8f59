/**
 * The checker's decision tree: sound (no dead ends, nothing unreachable, no circles), every state
 * enumerable, and 18 personas from the fact sheet leading to the expected outcome.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  checkerTextSchema,
  checkerTreeSchema,
  type CheckerTree,
} from '../../../src/content-model/checker-schema.ts';
import { allStates, longestPath, resolve, treeProblems } from '../../../src/checker/tree.ts';

const tree = checkerTreeSchema.parse(parse(readFileSync('content/checker/tree.yaml', 'utf8')));
const text = checkerTextSchema.parse(parse(readFileSync('content/checker/nl.yaml', 'utf8')));
const results = readdirSync('content/checker/results/nl').map((f) => f.replace(/\.mdx$/, ''));

describe('the decision tree', () => {
  it('is sound: every path ends in a result; every node and result is reached', () => {
    expect(treeProblems(tree, text, results)).toEqual([]);
  });

  it('reports a dead end, an unreachable node, a circle, a missing text and an unused result, saying where', () => {
    const broken: CheckerTree = structuredClone(tree);
    broken.nodes['vergunning']!.answers['anders'] = { next: 'bestaat-niet' };
    broken.nodes['los'] = {
      question: 'age',
      answers: { a: { result: 'oude-wet' }, b: { result: 'oude-wet' } },
    };
    broken.nodes['gezin-school']!.answers['nee'] = { next: 'gezin-start' };
    broken.nodes['gezin-start']!.answers['nieuw'] = { result: 'oude-wet' };
    const problems = treeProblems(broken, text, [...results, 'ongebruikt']).join('\n');
    expect(problems).toContain(
      'node "vergunning", answer "anders" goes to "bestaat-niet", which is not a node (a dead end)',
    );
    expect(problems).toContain('node "los" cannot be reached from the start');
    expect(problems).toContain('goes round in a circle');
    expect(problems).toContain('question "start" has no text for answer "nieuw"');
    expect(problems).toContain('content/checker/results/nl/ongebruikt.mdx is never reached');
  });

  it('lists only reachable states: 8 question pages and 19 results per language', () => {
    const states = allStates(tree);
    expect(states.filter((s) => s.kind === 'question')).toHaveLength(8);
    expect(states.filter((s) => s.kind === 'result')).toHaveLength(19);
    expect(new Set(states.map((s) => s.answers.join('/'))).size).toBe(states.length);
    expect(longestPath(tree)).toBe(5);
  });

  it('resolves a URL path to its state, and refuses paths that do not exist', () => {
    expect(resolve(tree, [])).toMatchObject({ kind: 'question', node: 'nationaliteit' });
    expect(resolve(tree, ['buiten-eu'])).toMatchObject({ kind: 'question', node: 'vergunning' });
    expect(resolve(tree, ['buiten-eu', 'onbekend'])).toBeNull();
    expect(resolve(tree, ['eu', 'asiel'])).toBeNull();
  });
});

/** Personas drawn from the fact sheet (item numbers in brackets). */
const PERSONAS: Array<[string, string[], string]> = [
  ['A Spanish woman who came to work (9)', ['eu'], 'eu-eer-zwitserland'],
  ['A Norwegian student (9)', ['eu'], 'eu-eer-zwitserland'],
  [
    'An Indian engineer with a work permit (9: temporary purpose)',
    ['buiten-eu', 'tijdelijk'],
    'tijdelijk-verblijf',
  ],
  ['A Chinese student (9)', ['buiten-eu', 'tijdelijk'], 'tijdelijk-verblijf'],
  ['An imam from Morocco (6: ministers of religion)', ['buiten-eu', 'anders'], 'andere-vergunning'],
  ['A Syrian status holder with a permit in 2019 (3)', ['buiten-eu', 'asiel', 'voor-2022'], 'oude-wet'],
  ['An Eritrean woman who joined her husband in 2020 (3)', ['buiten-eu', 'gezin', 'voor-2022'], 'oude-wet'],
  [
    'An Afghan man who does not know his start date (4)',
    ['buiten-eu', 'asiel', 'weet-niet'],
    'begin-onbekend',
  ],
  [
    'A 14-year-old Syrian girl, permit 2023 (8)',
    ['buiten-eu', 'asiel', 'vanaf-2022', 'jonger-dan-16'],
    'jonger-dan-16',
  ],
  [
    'A 17-year-old Eritrean boy, permit 2024 (8: usually from 18)',
    ['buiten-eu', 'asiel', 'vanaf-2022', '16-17'],
    'leeftijd-16-17',
  ],
  [
    'A 70-year-old Syrian grandfather (9: above AOW age)',
    ['buiten-eu', 'asiel', 'vanaf-2022', 'aow'],
    'aow-leeftijd',
  ],
  [
    'A Syrian status holder, 30, permit 2023 (2, 11, 37)',
    ['buiten-eu', 'asiel', 'vanaf-2022', '18-tot-aow', 'nee'],
    'nieuwe-wet-statushouder',
  ],
  [
    'A Turkish woman joining her husband in 2024 (7, 38)',
    ['buiten-eu', 'gezin', 'vanaf-2022', '18-tot-aow', 'nee'],
    'nieuwe-wet-gezinsmigrant',
  ],
  [
    'A Yemeni man with a Dutch mbo-2 diploma (9)',
    ['buiten-eu', 'asiel', 'vanaf-2022', '18-tot-aow', 'ja'],
    'diploma-of-school',
  ],
  [
    'A woman who grew up in the Netherlands from age 6 to 15 (9)',
    ['buiten-eu', 'gezin', 'vanaf-2022', '18-tot-aow', 'ja'],
    'diploma-of-school',
  ],
  [
    'A man with a foreign diploma, unsure whether it counts (9)',
    ['buiten-eu', 'asiel', 'vanaf-2022', '18-tot-aow', 'weet-niet'],
    'diploma-onzeker',
  ],
  [
    'A 16-year-old who joined her father in 2023 (8)',
    ['buiten-eu', 'gezin', 'vanaf-2022', '16-17'],
    'leeftijd-16-17',
  ],
  [
    'A family migrant with a permit in December 2021 (4: usually old law)',
    ['buiten-eu', 'gezin', 'voor-2022'],
    'oude-wet',
  ],
];

describe('personas', () => {
  it.each(PERSONAS)('%s', (_who, answers, expected) => {
    expect(resolve(tree, answers)).toMatchObject({ kind: 'result', result: expected });
  });

  it('cover every result', () => {
    expect(new Set(PERSONAS.map((p) => p[2]))).toEqual(new Set(results));
  });
});
