/**
 * A rehype plugin for pages in right-to-left languages: wraps Latin-script runs inside Arabic or
 * Persian text in <bdi>, so translators need not remember every one. Text already inside <bdi>,
 * <code> or an element with its own `dir` is left alone. The language comes from the file's folder
 * (content/pages/<lang>/…, content/checker/results/<lang>/…).
 */
import { getLocale, isLocale } from '../i18n/locales.ts';
import { latinRuns, needsIsolation } from '../i18n/isolate.ts';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

function languageOf(path: string | undefined): string | undefined {
  const match = /[\\/](?:pages|results)[\\/]([^\\/]+)[\\/]/.exec(path ?? '');
  return match && isLocale(match[1]) ? match[1] : undefined;
}

const SKIP = new Set(['bdi', 'code', 'pre', 'script', 'style']);

function isolate(node: Node): void {
  if (!node.children) return;
  const next: Node[] = [];
  for (const child of node.children) {
    if (child.type === 'text' && child.value && needsIsolation(child.value)) {
      for (const part of latinRuns(child.value)) {
        next.push(
          part.latin
            ? {
                type: 'element',
                tagName: 'bdi',
                properties: {},
                children: [{ type: 'text', value: part.text }],
              }
            : { type: 'text', value: part.text },
        );
      }
      continue;
    }
    if (child.type === 'element' && !SKIP.has(child.tagName ?? '') && child.properties?.dir === undefined)
      isolate(child);
    // MDX JSX elements (components) keep their children in the tree too.
    if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') isolate(child);
    next.push(child);
  }
  node.children = next;
}

export function rehypeIsolateLatin() {
  return (tree: Node, file: { path?: string; history?: string[] }) => {
    const lang = languageOf(file.path ?? file.history?.[0]);
    if (lang && getLocale(lang).dir === 'rtl') isolate(tree);
  };
}
