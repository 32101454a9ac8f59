/**
 * A Sätteri hast plugin (Astro's MDX processor) for texts in right-to-left languages: wraps every
 * Latin-script run in <bdi>, so "الخطة الشخصية (PIP)" keeps its order and translators need not
 * wrap each one by hand. Text already inside <bdi>, <code>, <pre> or an element with its own `dir`
 * is left alone. The language comes from the file's folder (content/pages/<lang>/…,
 * content/checker/results/<lang>/…); other files are not touched.
 */
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { getLocale, isLocale } from '../i18n/locales.ts';
import { latinRuns } from '../i18n/isolate.ts';

type HastText = Parameters<NonNullable<HastPluginDefinition['text']>>[0];
type HastContext = Parameters<NonNullable<HastPluginDefinition['text']>>[1];

/** The language of a content file from its path, or undefined outside content's language folders. */
export function languageOfFile(path: string | undefined): string | undefined {
  const match = /[\\/]content[\\/](?:pages|checker[\\/]results)[\\/]([^\\/]+)[\\/]/.exec(path ?? '');
  return match && isLocale(match[1]) ? match[1] : undefined;
}

const KEEP = new Set(['bdi', 'code', 'pre', 'script', 'style']);

/** What this plugin reads of an ancestor: an element, or an MDX element (a component or <bdi> in MDX). */
interface Ancestor {
  type: string;
  tagName?: string;
  name?: unknown;
  properties?: Record<string, unknown>;
  attributes?: readonly { name?: unknown }[];
}

/** Whether an ancestor already isolates or sets the direction of this text. */
function isolatedAlready(node: HastText, ctx: HastContext): boolean {
  const parentOf = (n: unknown) => ctx.parent(n as HastText) as Ancestor | undefined;
  for (let parent = parentOf(node); parent && parent.type !== 'root'; parent = parentOf(parent)) {
    const name = parent.tagName ?? (typeof parent.name === 'string' ? parent.name : undefined);
    if (name && KEEP.has(name)) return true;
    if (parent.properties?.dir !== undefined) return true;
    if (parent.attributes?.some((a) => a.name === 'dir')) return true;
  }
  return false;
}

const isolateLatin: HastPluginDefinition = {
  name: 'wegwijzer:isolate-latin',
  text(node, ctx) {
    if (!/[A-Za-z]/.test(node.value) || isolatedAlready(node, ctx)) return;
    ctx.replaceNode(
      node,
      latinRuns(node.value).map((part) =>
        part.latin
          ? {
              type: 'element',
              tagName: 'bdi',
              properties: {},
              children: [{ type: 'text', value: part.text }],
            }
          : { type: 'text', value: part.text },
      ),
    );
  },
};

/** The plugin for right-to-left files, nothing for the others (Sätteri asks once per file). */
export function isolateLatinInRtl(context: PluginFactoryContext): HastPluginDefinition | null {
  const lang = languageOfFile(context.fileURL?.pathname);
  return lang && getLocale(lang).dir === 'rtl' ? isolateLatin : null;
}
