/**
 * What an MDX file contains, for the content check: its components and HTML tags with their
 * attributes, its links, its headings and import lines — each with its line and column. Parsed with
 * Sätteri, the MDX parser the build itself uses, so what it cannot read the build cannot either.
 */
import { mdxToMdast } from 'satteri';
import { positionAt } from '../lib/text-position.ts';

export interface At {
  line: number;
  column: number;
}

export interface JsxAttribute {
  name: string;
  /** The text of name="…", null for a bare name, or { expression } for name={…}. */
  value: string | null | { expression: string };
  at: At;
}

export interface JsxElement {
  name: string;
  attributes: JsxAttribute[];
  hasChildren: boolean;
  /** Text inside the element (for a Term, the words it links). */
  text: string;
  at: At;
}

export interface MdxLink {
  url: string;
  at: At;
}

export interface MdxHeading {
  depth: number;
  /** The heading's text as the reader sees it (components' words included). */
  text: string;
}

export interface MdxFile {
  elements: JsxElement[];
  links: MdxLink[];
  headings: MdxHeading[];
  /** `import`/`export` lines: never needed in this site's MDX. */
  esm: At[];
  /** `{…}` in the text: code, never needed in this site's MDX (facts are `<Fact id="…" />`). */
  expressions: (At & { value: string })[];
  /** Where the body starts (the line after the front matter). */
  bodyStart: At;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number; offset?: number } };
}

export class MdxSyntaxError extends Error {
  readonly at: At;
  constructor(message: string, at: At) {
    super(message);
    this.at = at;
  }
}

function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}

/** Parses an MDX file (front matter included, so positions are the file's). Throws MdxSyntaxError. */
export function readMdx(source: string): MdxFile {
  let tree: Node;
  try {
    tree = mdxToMdast(source, { position: true }) as unknown as Node;
  } catch (error) {
    const message = (error as Error).message;
    const match = /^(\d+):(\d+): (.*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/.exec(message);
    throw new MdxSyntaxError(match?.[3] ?? message, {
      line: Number(match?.[1] ?? 1),
      column: Number(match?.[2] ?? 1),
    });
  }
  const file: MdxFile = {
    elements: [],
    links: [],
    headings: [],
    esm: [],
    expressions: [],
    bodyStart: { line: 1, column: 1 },
  };
  const at = (node: Node): At => ({
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });
  /** Attributes carry no position: find name= in the text after the tag's start. */
  const attributeAt = (node: Node, name: string): At => {
    const start = node.position?.start.offset ?? 0;
    const found = new RegExp(`\\s${name}(?=[\\s=/>])`).exec(source.slice(start));
    return found ? positionAt(source, start + found.index + 1) : at(node);
  };
  const visit = (node: Node) => {
    switch (node.type) {
      case 'yaml': {
        const end = source.indexOf('\n---', 3);
        file.bodyStart = end < 0 ? at(node) : positionAt(source, source.indexOf('\n', end + 4) + 1);
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        file.elements.push({
          name: node.name ?? '',
          attributes: (node.attributes ?? []).map((a) => ({
            name: a.type === 'mdxJsxAttribute' ? (a.name ?? '') : '{…}',
            value:
              a.value === null || a.value === undefined
                ? null
                : typeof a.value === 'string'
                  ? a.value
                  : { expression: String((a.value as { value?: unknown }).value ?? '') },
            at: attributeAt(node, a.name ?? ''),
          })),
          hasChildren: (node.children ?? []).length > 0,
          text: textOf(node),
          at: at(node),
        });
        if (node.name === 'a') {
          const href = node.attributes?.find((a) => a.name === 'href')?.value;
          if (typeof href === 'string') file.links.push({ url: href, at: at(node) });
        }
        break;
      case 'link':
      case 'definition':
        file.links.push({ url: node.url ?? '', at: at(node) });
        break;
      case 'heading':
        file.headings.push({ depth: node.depth ?? 1, text: textOf(node) });
        break;
      case 'mdxjsEsm':
        file.esm.push(at(node));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        file.expressions.push({ ...at(node), value: String(node.value ?? '') });
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return file;
}
