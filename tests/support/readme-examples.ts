/**
 * The examples in README.md ("Writing a page"): the page template (the ```mdx block that starts with
 * front matter) and one ```mdx block per component, each under a heading "#### `<Name>`". Tests
 * build them, so the README cannot show an example that does not work.
 */
export interface ReadmeExamples {
  template: string;
  components: { name: string; example: string }[];
}

export function readmeExamples(readme: string): ReadmeExamples {
  const blocks = [...readme.matchAll(/^```mdx\n([\s\S]*?)^```$/gm)];
  const template = blocks.find((b) => b[1]!.startsWith('---\n'))?.[1];
  if (!template) throw new Error('README.md has no page template (an ```mdx block starting with ---).');
  const components = [...readme.matchAll(/^#### `<(\w+)>`[^\n]*\n[\s\S]*?^```mdx\n([\s\S]*?)^```$/gm)].map(
    (m) => ({ name: m[1]!, example: m[2]!.trim() }),
  );
  return { template: template.trim(), components };
}
