/**
 * The components editors may use in MDX (src/components/mdx/index.ts) and what each accepts, for
 * the content check. tests/unit/content-check/components.test.ts keeps this in step with the
 * components' own Props.
 */

export interface PropRule {
  required?: boolean;
  /** The values allowed, when the prop is a choice. */
  values?: readonly string[];
  /** Words editors write for a value, and the value they mean ("waarschuwing" → "warning"). */
  meant?: Readonly<Record<string, string>>;
  /** Checked elsewhere: a glossary id (`term`) or a fact (`fact`, by the fact check). */
  kind?: 'term' | 'fact';
}

export interface ComponentRule {
  props: Readonly<Record<string, PropRule>>;
  /** Whether it wraps text (`<Term id="…">words</Term>`), must not (`<Fact … />`), or may. */
  children: 'required' | 'none' | 'optional';
}

const NONE: ComponentRule = { props: {}, children: 'none' };

export const COMPONENTS: Readonly<Record<string, ComponentRule>> = {
  Callout: {
    props: {
      type: {
        values: ['info', 'tip', 'warning'],
        meant: {
          waarschuwing: 'warning',
          'let-op': 'warning',
          'let op': 'warning',
          letop: 'warning',
          alert: 'warning',
          danger: 'warning',
          caution: 'warning',
          important: 'warning',
          belangrijk: 'warning',
          informatie: 'info',
          note: 'info',
          opmerking: 'info',
          hint: 'tip',
        },
      },
      title: {},
    },
    children: 'required',
  },
  CheckerStart: NONE,
  DeadlineCalculator: NONE,
  Fact: { props: { id: { required: true, kind: 'fact' }, format: { kind: 'fact' } }, children: 'none' },
  Glossary: NONE,
  Insights: NONE,
  KeyPoints: { props: { title: {} }, children: 'required' },
  PoolOffer: NONE,
  QuestionForm: NONE,
  RetentionPeriods: NONE,
  SignupForm: NONE,
  Steps: { props: {}, children: 'required' },
  Term: { props: { id: { required: true, kind: 'term' } }, children: 'required' },
};

/**
 * HTML elements a page may use as they are (lower case). <bdi> isolates a Latin-script run by hand;
 * Markdown covers the rest, so anything else is most likely a component written in lower case.
 */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'br',
  'code',
  'del',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'wbr',
]);
