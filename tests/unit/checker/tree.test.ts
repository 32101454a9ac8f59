/**
 * The checker's decision tree: sound (no dead ends, nothing unreachable, no circles), every state
 * enumerable, and personas from the fact sheet (../shared/facts/wet-inburgering-2021.md, corrected
 * 2026-12-06) leading to the expected outcome — every group, both sides of every date and age
 * boundary, and every result reached by at least one of them.
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
    broken.nodes['reden']!.answers['anders'] = { next: 'bestaat-niet' };
    broken.nodes['los'] = {
      question: 'leeftijd',
      answers: { a: { result: 'aow-leeftijd' }, b: { result: 'aow-leeftijd' } },
    };
    broken.nodes['gezin-school']!.answers['nee'] = { next: 'gezin-leeftijd' };
    broken.nodes['gezin-besluit']!.answers['nieuw'] = { result: 'oude-wet-zelf-betalen' };
    const problems = treeProblems(broken, text, [...results, 'ongebruikt']).join('\n');
    expect(problems).toContain(
      'node "reden", answer "anders" goes to "bestaat-niet", which is not a node (a dead end)',
    );
    expect(problems).toContain('node "los" cannot be reached from the start');
    expect(problems).toContain('gezin-leeftijd → gezin-school → gezin-leeftijd goes round in a circle');
    expect(problems).toContain('question "besluit" has no text for answer "nieuw"');
    expect(problems).toContain('content/checker/results/nl/ongebruikt.mdx is never reached');
  });

  it('takes two answers leading to the same node for a shared subtree, not for a circle', () => {
    // asiel-besluit and bij-asiel-besluit share what follows "before 2022".
    const shared = Object.values(tree.nodes).filter((node) =>
      Object.values(node.answers).some((s) => 'next' in s && s.next === 'asiel-turks'),
    );
    expect(shared).toHaveLength(2);
    expect(treeProblems(tree, text, results).join('\n')).not.toContain('circle');
  });

  it('lists only reachable states, each once: 27 question pages and 53 result pages per language', () => {
    const states = allStates(tree);
    expect(states.filter((s) => s.kind === 'question')).toHaveLength(27);
    expect(states.filter((s) => s.kind === 'result')).toHaveLength(53);
    expect(new Set(states.map((s) => s.answers.join('/'))).size).toBe(states.length);
    expect(longestPath(tree)).toBe(8);
  });

  it('resolves a URL path to its state, and refuses paths that do not exist', () => {
    expect(resolve(tree, [])).toMatchObject({ kind: 'question', node: 'nationaliteit', path: [] });
    expect(resolve(tree, ['buiten-eu'])).toMatchObject({
      kind: 'question',
      node: 'reden',
      path: [{ node: 'nationaliteit', answer: 'buiten-eu' }],
    });
    expect(resolve(tree, ['buiten-eu', 'onbekend'])).toBeNull();
    expect(resolve(tree, ['eu', 'asiel'])).toBeNull();
    const end = resolve(tree, ['buiten-eu', 'tijdelijk']);
    expect(end?.kind === 'result' && end.result).toBe('tijdelijk-verblijf');
    expect(end?.path.map((p) => p.node)).toEqual(['nationaliteit', 'reden']);
  });
});

/**
 * Personas: who, the answers in order, the result, and the fact-sheet numbers it rests on.
 * Answer order: nationality, reason, age now, diploma or school years, date of the IND decision,
 * Turkish nationality, before 1 May 2020 (Turkish asylum only), age on 1 January 2022 — or, for
 * family of an asylum status holder under the new law, their own permit.
 */
type Persona = [who: string, answers: string[], result: string, facts: number[]];
const ADULT_NO_DIPLOMA = ['18-tot-aow', 'nee'];

const PERSONAS: Persona[] = [
  // EU/EEA/Swiss citizens.
  ['A Spanish woman who came to work', ['eu'], 'eu-eer-zwitserland', [9]],
  ['A Norwegian student (EEA)', ['eu'], 'eu-eer-zwitserland', [9]],
  // Temporary purpose, and the family of someone here for one.
  ['An Indian knowledge migrant', ['buiten-eu', 'tijdelijk'], 'tijdelijk-verblijf', [9]],
  ['A Turkish student', ['buiten-eu', 'tijdelijk'], 'tijdelijk-verblijf', [7, 9]],
  ['The wife of an Indian knowledge migrant', ['buiten-eu', 'bij-tijdelijk'], 'gezin-tijdelijk', [9, 56]],
  [
    'The husband of a Brazilian researcher at a university',
    ['buiten-eu', 'bij-tijdelijk'],
    'gezin-tijdelijk',
    [9, 56],
  ],
  // Family of an EU/EEA/Swiss citizen using free movement.
  ['A Moroccan man who joined his Polish wife working here', ['buiten-eu', 'bij-eu'], 'gezin-eu', [9, 56]],
  // Other or not sure.
  ['A man who does not know the purpose of his permit', ['buiten-eu', 'anders'], 'reden-onbekend', [4, 6, 9]],
  // Age now: under 16 / 16–17 / adult / AOW age (both sides of 16, 18 and the AOW age).
  ['A 15-year-old Syrian girl, asylum 2023', ['buiten-eu', 'asiel', 'jonger-dan-16'], 'jonger-dan-16', [8]],
  ['A 16-year-old Syrian boy, asylum 2023', ['buiten-eu', 'asiel', '16-17'], 'leeftijd-16-17', [8]],
  [
    'A 17-year-old girl who joined her Dutch father in 2024',
    ['buiten-eu', 'gezinsmigrant', '16-17'],
    'leeftijd-16-17',
    [8, 56],
  ],
  [
    'An 18-year-old Eritrean, asylum decided 2024',
    ['buiten-eu', 'asiel', ...ADULT_NO_DIPLOMA, 'vanaf-2022'],
    'nieuwe-wet-statushouder',
    [2, 8, 37],
  ],
  [
    'A 66-year-old Syrian father, below the AOW age, who came via nareis in 2023',
    ['buiten-eu', 'bij-asiel', ...ADULT_NO_DIPLOMA, 'vanaf-2022', 'ja'],
    'nieuwe-wet-statushouder',
    [9, 35, 37],
  ],
  [
    'A 70-year-old Syrian grandfather, above the AOW age',
    ['buiten-eu', 'bij-asiel', 'aow'],
    'aow-leeftijd',
    [9, 53],
  ],
  [
    'A 72-year-old who joined her son in 2015 (the old-law branch no longer skips age)',
    ['buiten-eu', 'gezinsmigrant', 'aow'],
    'aow-leeftijd',
    [9],
  ],
  // Dutch diploma or school years, under either law.
  [
    'A Yemeni man with a Dutch mbo-2 diploma',
    ['buiten-eu', 'asiel', '18-tot-aow', 'ja'],
    'diploma-of-school',
    [9, 53],
  ],
  [
    'A woman who lived here from age 6 to 15 and came back to her husband',
    ['buiten-eu', 'gezinsmigrant', '18-tot-aow', 'ja'],
    'diploma-of-school',
    [9],
  ],
  [
    'An imam with a Dutch havo diploma, here since 2019 (the old-law branch no longer skips the diploma)',
    ['buiten-eu', 'geestelijk-bedienaar', '18-tot-aow', 'ja'],
    'diploma-of-school',
    [9],
  ],
  [
    'A man with a foreign diploma, unsure whether it counts',
    ['buiten-eu', 'asiel', '18-tot-aow', 'weet-niet'],
    'diploma-onzeker',
    [9, 57],
  ],
  // The date of the IND decision: 31 December 2021 against 1 January 2022.
  [
    'A Syrian status holder, IND decision 31 December 2021, housed in 2022',
    ['buiten-eu', 'asiel', ...ADULT_NO_DIPLOMA, 'voor-2022', 'nee', '18-of-ouder'],
    'oude-wet-asiel',
    [3, 4, 38, 44],
  ],
  [
    'A Syrian status holder, IND decision 1 January 2022',
    ['buiten-eu', 'asiel', ...ADULT_NO_DIPLOMA, 'vanaf-2022'],
    'nieuwe-wet-statushouder',
    [1, 2, 4, 35, 37],
  ],
  [
    'An Afghan man, decision February 2022, card start date December 2021',
    ['buiten-eu', 'asiel', ...ADULT_NO_DIPLOMA, 'vanaf-2022'],
    'nieuwe-wet-statushouder',
    [4, 37],
  ],
  [
    'A Moroccan woman who joined her Dutch husband, decision 31 December 2021',
    ['buiten-eu', 'gezinsmigrant', ...ADULT_NO_DIPLOMA, 'voor-2022', 'nee', '18-of-ouder'],
    'oude-wet-zelf-betalen',
    [3, 38, 42],
  ],
  [
    'A Moroccan woman who joined her Dutch husband, decision 1 January 2022',
    ['buiten-eu', 'gezinsmigrant', ...ADULT_NO_DIPLOMA, 'vanaf-2022'],
    'nieuwe-wet-gezinsmigrant',
    [2, 12, 38, 56],
  ],
  [
    'An Afghan man who does not know the date of the decision',
    ['buiten-eu', 'asiel', ...ADULT_NO_DIPLOMA, 'weet-niet'],
    'datum-onbekend',
    [4],
  ],
  // Ministers of religion are obliged (not a temporary purpose).
  [
    'An imam from Morocco, decision 2023',
    ['buiten-eu', 'geestelijk-bedienaar', ...ADULT_NO_DIPLOMA, 'vanaf-2022'],
    'nieuwe-wet-geestelijk-bedienaar',
    [6, 9, 38],
  ],
  [
    'A pastor from Ghana, decision 2019',
    ['buiten-eu', 'geestelijk-bedienaar', ...ADULT_NO_DIPLOMA, 'voor-2022', 'nee', '18-of-ouder'],
    'oude-wet-zelf-betalen',
    [3, 6, 9, 38],
  ],
  // Family of an asylum status holder: old law as status holders; new law by their own permit.
  [
    'An Eritrean man who joined his wife with asylum, decision 2020',
    ['buiten-eu', 'bij-asiel', ...ADULT_NO_DIPLOMA, 'voor-2022', 'nee', '18-of-ouder'],
    'oude-wet-asiel',
    [3, 38],
  ],
  [
    'An Eritrean woman who came via nareis with an asylum permit, 2023',
    ['buiten-eu', 'bij-asiel', ...ADULT_NO_DIPLOMA, 'vanaf-2022', 'ja'],
    'nieuwe-wet-statushouder',
    [35, 37],
  ],
  [
    'A Syrian mother with a regular family permit, joined her son with asylum in 2024',
    ['buiten-eu', 'bij-asiel', ...ADULT_NO_DIPLOMA, 'vanaf-2022', 'nee'],
    'nieuwe-wet-gezinsmigrant',
    [35, 38, 56],
  ],
  [
    'A husband of a status holder, unsure which permit he has, 2024',
    ['buiten-eu', 'bij-asiel', ...ADULT_NO_DIPLOMA, 'vanaf-2022', 'weet-niet'],
    'nieuwe-wet-vergunning-onbekend',
    [35, 37, 38],
  ],
  // Came as a minor before 2022: 17 against 18 on 1 January 2022.
  [
    'A Syrian who got asylum in 2019 at 15, 17 on 1 January 2022',
    ['buiten-eu', 'asiel', ...ADULT_NO_DIPLOMA, 'voor-2022', 'nee', 'jonger-dan-18'],
    'als-kind-gekomen',
    [8, 58],
  ],
  [
    'A Syrian who got asylum in 2021 at 17, 18 on 1 January 2022',
    ['buiten-eu', 'asiel', ...ADULT_NO_DIPLOMA, 'voor-2022', 'nee', '18-of-ouder'],
    'oude-wet-asiel',
    [3, 58],
  ],
  [
    'A Moroccan girl who joined her father in 2019 at 14, 16 on 1 January 2022',
    ['buiten-eu', 'gezinsmigrant', ...ADULT_NO_DIPLOMA, 'voor-2022', 'nee', 'jonger-dan-18'],
    'als-kind-gekomen',
    [58],
  ],
  // Turkish minors: Turkish is asked before the age on 1 January 2022, so a Turkish child who
  // lived here on that day is not sent to "came as a child" (fact 7) …
  [
    'A Turkish girl who joined her father in 2019 at 14, 16 on 1 January 2022',
    ['buiten-eu', 'gezinsmigrant', ...ADULT_NO_DIPLOMA, 'voor-2022', 'ja'],
    'turks-voor-2022',
    [7, 58],
  ],
  [
    'A Turkish boy who joined his father, decision 31 December 2021 at 15, now 17',
    ['buiten-eu', 'gezinsmigrant', '16-17'],
    'leeftijd-16-17',
    [7, 8],
  ],
  [
    'A Turkish boy who joined his father, decision 3 January 2022 at 15, now 19',
    ['buiten-eu', 'gezinsmigrant', ...ADULT_NO_DIPLOMA, 'vanaf-2022'],
    'nieuwe-wet-gezinsmigrant',
    [2, 7, 8],
  ],
  // … and a Turkish child with asylum decided before 1 May 2020 is not obliged either.
  [
    'A Turkish girl with asylum, decision 30 April 2020 at 15',
    ['buiten-eu', 'asiel', ...ADULT_NO_DIPLOMA, 'voor-2022', 'ja', 'voor-mei-2020'],
    'turks-asiel-voor-mei-2020',
    [7, 58],
  ],
  [
    'A Turkish boy with asylum, decision 1 May 2020 at 15, 16 on 1 January 2022',
    ['buiten-eu', 'asiel', ...ADULT_NO_DIPLOMA, 'voor-2022', 'ja', 'vanaf-mei-2020', 'jonger-dan-18'],
    'als-kind-gekomen',
    [7, 58],
  ],
  // Turkish nationals: 30 April 2020 against 1 May 2020 for asylum status holders and their family …
  [
    'A Turkish status holder, IND decision 30 April 2020',
    ['buiten-eu', 'asiel', ...ADULT_NO_DIPLOMA, 'voor-2022', 'ja', 'voor-mei-2020'],
    'turks-asiel-voor-mei-2020',
    [7, 53],
  ],
  [
    'A Turkish status holder, IND decision 1 May 2020',
    ['buiten-eu', 'asiel', ...ADULT_NO_DIPLOMA, 'voor-2022', 'ja', 'vanaf-mei-2020', '18-of-ouder'],
    'oude-wet-asiel',
    [7, 38],
  ],
  [
    'A Turkish woman who joined her husband with asylum, decision January 2020',
    ['buiten-eu', 'bij-asiel', ...ADULT_NO_DIPLOMA, 'voor-2022', 'ja', 'voor-mei-2020'],
    'turks-asiel-voor-mei-2020',
    [7],
  ],
  [
    'A Turkish man who joined his wife with asylum via nareis, decision 2021',
    ['buiten-eu', 'bij-asiel', ...ADULT_NO_DIPLOMA, 'voor-2022', 'ja', 'vanaf-mei-2020', '18-of-ouder'],
    'oude-wet-asiel',
    [7, 38],
  ],
  [
    'A Turkish status holder unsure whether the decision was before 1 May 2020',
    ['buiten-eu', 'asiel', ...ADULT_NO_DIPLOMA, 'voor-2022', 'ja', 'weet-niet'],
    'datum-onbekend',
    [4, 7],
  ],
  [
    'A Turkish status holder, IND decision 2023',
    ['buiten-eu', 'asiel', ...ADULT_NO_DIPLOMA, 'vanaf-2022'],
    'nieuwe-wet-statushouder',
    [7, 37],
  ],
  // … and 31 December 2021 against 1 January 2022 for the others.
  [
    'A Turkish woman who joined her husband, decision 31 December 2021',
    ['buiten-eu', 'gezinsmigrant', ...ADULT_NO_DIPLOMA, 'voor-2022', 'ja'],
    'turks-voor-2022',
    [7, 53],
  ],
  [
    'A Turkish woman who joined her husband, decision 1 January 2022',
    ['buiten-eu', 'gezinsmigrant', ...ADULT_NO_DIPLOMA, 'vanaf-2022'],
    'nieuwe-wet-gezinsmigrant',
    [7, 38],
  ],
  [
    'A Turkish imam, decision 2018',
    ['buiten-eu', 'geestelijk-bedienaar', ...ADULT_NO_DIPLOMA, 'voor-2022', 'ja'],
    'turks-voor-2022',
    [7],
  ],
  [
    'A Turkish imam, decision 2023',
    ['buiten-eu', 'geestelijk-bedienaar', ...ADULT_NO_DIPLOMA, 'vanaf-2022'],
    'nieuwe-wet-geestelijk-bedienaar',
    [7, 9],
  ],
  // Readers who pick a near-miss answer; what they read is checked below.
  [
    'An Eritrean woman with an asylum permit via nareis (2023) who chose the family-migrant answer',
    ['buiten-eu', 'gezinsmigrant', ...ADULT_NO_DIPLOMA, 'vanaf-2022'],
    'nieuwe-wet-gezinsmigrant',
    [35, 37, 56],
  ],
  [
    'A 68-year-old Syrian mother without AOW who joined her Dutch son in 2024',
    ['buiten-eu', 'gezinsmigrant', 'aow'],
    'aow-leeftijd',
    [9],
  ],
];

describe('personas', () => {
  it.each(PERSONAS)('%s', (_who, answers, expected, facts) => {
    expect(facts.length).toBeGreaterThan(0);
    const state = resolve(tree, answers);
    expect(state?.kind).toBe('result');
    expect(state?.kind === 'result' ? state.result : undefined).toBe(expected);
  });

  it('are at least 30, and every result is reached by at least one of them', () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PERSONAS.map((p) => p[2]))).toEqual(new Set(results));
  });

  it('cover both sides of every date and age boundary', () => {
    const outcome = (answers: string[]) => {
      const state = resolve(tree, answers);
      return state?.kind === 'result' ? state.result : state?.node;
    };
    const asylum = ['buiten-eu', 'asiel'];
    const turkishAsylumBefore2022 = [...asylum, ...ADULT_NO_DIPLOMA, 'voor-2022', 'ja'];
    const pairs: Array<[string, string[], string[]]> = [
      [
        '1 May 2020 (Turkish asylum)',
        [...turkishAsylumBefore2022, 'voor-mei-2020'],
        [...turkishAsylumBefore2022, 'vanaf-mei-2020'],
      ],
      [
        '1 May 2020 (Turkish asylum, a minor on 1 January 2022)',
        [...turkishAsylumBefore2022, 'voor-mei-2020'],
        [...turkishAsylumBefore2022, 'vanaf-mei-2020', 'jonger-dan-18'],
      ],
      [
        '1 January 2022',
        [...asylum, ...ADULT_NO_DIPLOMA, 'voor-2022', 'nee', '18-of-ouder'],
        [...asylum, ...ADULT_NO_DIPLOMA, 'vanaf-2022'],
      ],
      [
        '1 January 2022 (Turkish family migrant, whatever the age then)',
        ['buiten-eu', 'gezinsmigrant', ...ADULT_NO_DIPLOMA, 'voor-2022', 'ja'],
        ['buiten-eu', 'gezinsmigrant', ...ADULT_NO_DIPLOMA, 'vanaf-2022'],
      ],
      ['16 now', [...asylum, 'jonger-dan-16'], [...asylum, '16-17']],
      ['18 now', [...asylum, '16-17'], [...asylum, '18-tot-aow']],
      ['AOW age now', ['buiten-eu', 'bij-asiel', '18-tot-aow'], ['buiten-eu', 'bij-asiel', 'aow']],
      [
        '18 on 1 January 2022',
        [...asylum, ...ADULT_NO_DIPLOMA, 'voor-2022', 'nee', 'jonger-dan-18'],
        [...asylum, ...ADULT_NO_DIPLOMA, 'voor-2022', 'nee', '18-of-ouder'],
      ],
    ];
    const personaPaths = new Set(PERSONAS.map((p) => p[1].join('/')));
    for (const [boundary, before, after] of pairs) {
      expect(outcome(before), boundary).not.toBe(outcome(after));
      // Each side is walked by a persona (or leads on to a question a persona answers).
      for (const side of [before, after])
        expect(
          [...personaPaths].some((p) => p.startsWith(side.join('/'))),
          `${boundary}: ${side.join('/')}`,
        ).toBe(true);
    }
  });
});

/** The Dutch text a reader sees at the end of a persona's path. */
const resultText = (result: string) => readFileSync(`content/checker/results/nl/${result}.mdx`, 'utf8');

describe('what the personas read', () => {
  it('family of an asylum status holder and a family migrant are two answers that do not overlap', () => {
    const answers = text.questions['verblijfsreden']!.answers;
    expect(answers['bij-asiel']).toMatch(/asiel heeft gekregen/);
    expect(answers['gezinsmigrant']).toMatch(/geen asiel/);
  });

  it('a nareis family member who chose the family-migrant answer is told she does not pay, and which answer fits (facts 35, 37)', () => {
    const bijAsiel = text.questions['verblijfsreden']!.answers['bij-asiel']!;
    const page = resultText('nieuwe-wet-gezinsmigrant');
    expect(page).toMatch(/nareis/);
    expect(page).toMatch(/Dan betaal je niet zelf/);
    expect(page).toContain(bijAsiel);
  });

  it('a reader of AOW age without AOW finds an answer that fits her, and is told age is what counts (fact 9)', () => {
    expect(text.questions['leeftijd']!.answers['aow']).toMatch(/geen AOW/);
    expect(resultText('aow-leeftijd')).toMatch(/ook als je zelf geen AOW krijgt/);
  });

  it('every result a Turkish minor can reach says what holds for Turkish nationals (fact 7)', () => {
    // Under 18 now, came as a child, or date unknown: the Turkish exemption is named.
    for (const result of ['jonger-dan-16', 'leeftijd-16-17', 'als-kind-gekomen', 'datum-onbekend'])
      expect(resultText(result), result).toMatch(
        /Turkse nationaliteit en (kwam je niet via asiel|geen asiel)/,
      );
    expect(resultText('turks-asiel-voor-mei-2020')).toMatch(/Besliste de IND vóór die dag/);
  });
});
