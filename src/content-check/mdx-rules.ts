/**
 * The MDX rules: only the site's components (no import line), each with the props it knows and
 * allowed values, glossary ids that exist, no lower-case component names, no code in braces.
 */
import { nearest } from '../lib/nearest.ts';
import type { Problem } from '../content-model/problem.ts';
import { COMPONENTS, HTML_ELEMENTS, type PropRule } from './components.ts';
import type { JsxAttribute, JsxElement, MdxFile } from './mdx-tree.ts';

const README = 'README.md ("Components")';
const componentNames = Object.keys(COMPONENTS);

function valueProblem(element: string, attribute: JsxAttribute, rule: PropRule): string | undefined {
  const { name, value } = attribute;
  if (value === null) return `<${element} ${name}> needs a value — write ${name}="…"`;
  if (typeof value !== 'string')
    return `<${element} ${name}={${value.expression}}>: code in braces is not needed here — write the value in quotes: ${name}="…"`;
  if (rule.values && !rule.values.includes(value)) {
    const meant =
      rule.meant?.[value.trim().toLowerCase()] ??
      nearest(value, rule.values, true) ??
      (rule.values.find((v) => value.toLowerCase().startsWith(v)) as string | undefined);
    const choices = rule.values.map((v) => `"${v}"`);
    return `<${element} ${name}="${value}">: "${value}" is not a ${name} of ${element} — use ${choices
      .slice(0, -1)
      .join(', ')} or ${choices.at(-1)}${meant ? `; did you mean ${name}="${meant}"?` : ''}`;
  }
  return undefined;
}

interface Found {
  message: string;
  /** The prop the problem is about (its position is the problem's), if any. */
  attribute?: JsxAttribute;
}

function elementProblems(element: JsxElement, termIds: ReadonlySet<string>): Found[] {
  const { name } = element;
  const rule = COMPONENTS[name];
  if (!rule) {
    if (name === '') return [{ message: '<>…</> (an empty tag) is not needed — remove the <> and </>' }];
    const component = componentNames.find((c) => c.toLowerCase() === name.toLowerCase());
    if (/^[a-z]/.test(name)) {
      if (HTML_ELEMENTS.has(name)) return [];
      return [
        {
          message: component
            ? `<${name}> is written in lower case and would be published as a bare tag — did you mean <${component}>?`
            : `<${name}> is not a component or an HTML element this site uses — use Markdown, or a component from ${README}`,
        },
      ];
    }
    const suggestion = component ?? nearest(name, componentNames, true);
    return [
      {
        message: `<${name}> is not a component — ${suggestion ? `did you mean <${suggestion}>? ` : ''}Components need no import line; they are listed in ${README}`,
      },
    ];
  }
  const problems: Found[] = [];
  const known = Object.keys(rule.props);
  for (const attribute of element.attributes) {
    const prop = rule.props[attribute.name];
    if (!prop) {
      const suggestion = nearest(attribute.name, known, true);
      problems.push({
        attribute,
        message:
          known.length === 0
            ? `<${name}> takes no ${attribute.name} — write <${name} /> without anything else`
            : `<${name}> has no "${attribute.name}" — ${suggestion ? `did you mean ${suggestion}="…"?` : `it takes: ${known.join(', ')}`}`,
      });
      continue;
    }
    if (prop.kind === 'fact') continue; // the fact check names unknown facts and formats
    const wrong = valueProblem(name, attribute, prop);
    if (wrong) problems.push({ attribute, message: wrong });
    else if (prop.kind === 'term' && typeof attribute.value === 'string' && !termIds.has(attribute.value)) {
      const suggestion = nearest(attribute.value, termIds, true);
      problems.push({
        attribute,
        message: `<Term id="${attribute.value}">: no glossary term "${attribute.value}" — ${
          suggestion ? `did you mean "${suggestion}"? ` : ''
        }The terms are in content/glossary/nl.yaml; add it there first`,
      });
    }
  }
  for (const [prop, { required }] of Object.entries(rule.props))
    if (required && !element.attributes.some((a) => a.name === prop))
      problems.push({ message: `<${name}> needs ${prop}="…" — e.g. <${name} ${prop}="…">` });
  if (rule.children === 'required' && !element.hasChildren)
    problems.push({ message: `<${name}> is empty — put the text between <${name}> and </${name}>` });
  if (rule.children === 'none' && element.hasChildren)
    problems.push({ message: `<${name}> takes no text inside — write <${name} … /> on its own` });
  return problems;
}

/** The problems of one MDX file's components, glossary terms, import lines and braces. */
export function mdxProblems(file: string, mdx: MdxFile, termIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const element of mdx.elements) {
    for (const { message, attribute } of elementProblems(element, termIds))
      problems.push({ file, ...(attribute ?? element).at, message });
  }
  for (const at of mdx.esm)
    problems.push({
      file,
      ...at,
      message: `import and export lines are not needed — remove the line; every component in ${README} works without one`,
    });
  for (const { value, ...at } of mdx.expressions) {
    if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(value)) continue; // {/* a comment */}
    problems.push({
      file,
      ...at,
      message: `{${value.trim()}} is code, which a page does not run — for a fact write <Fact id="…" />; for a brace in the text write \\{`,
    });
  }
  return problems;
}
