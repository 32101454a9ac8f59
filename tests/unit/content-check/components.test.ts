/**
 * The content check's list of components (src/content-check/components.ts) is the list editors can
 * use (src/components/mdx/index.ts), and each takes the props its own Props declare.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPONENTS } from '../../../src/content-check/components.ts';

const dir = new URL('../../../src/components/mdx/', import.meta.url);
const registered = [...readFileSync(new URL('index.ts', dir), 'utf8').matchAll(/^ {2}([A-Z]\w+),$/gm)].map(
  (m) => m[1]!,
);

/** The prop names of a component's `interface Props { … }` (none for `type Props = Record<string, never>`). */
function propsOf(name: string): string[] {
  const source = readFileSync(new URL(`${name}.astro`, dir), 'utf8');
  const body = /interface Props \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
  return [...body.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]!).sort();
}

describe('the components the content check knows', () => {
  it('are the components registered for MDX', () => {
    expect(Object.keys(COMPONENTS).sort()).toEqual([...registered].sort());
  });

  it.each(registered)('%s takes the props its Props declare', (name) => {
    expect(Object.keys(COMPONENTS[name]!.props).sort()).toEqual(propsOf(name));
  });

  it('allows the Callout types the component draws', () => {
    const source = readFileSync(new URL('Callout.astro', dir), 'utf8');
    const declared = /type\?: ([^;]+);/
      .exec(source)![1]!
      .match(/'(\w+)'/g)!
      .map((v) => v.slice(1, -1));
    expect(COMPONENTS.Callout!.props.type!.values).toEqual(declared);
  });
});
