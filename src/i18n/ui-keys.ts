/** The keys of the source interface strings (every locale has them all; see check-ui-keys.ts). */
import { getEntry } from 'astro:content';
import { SOURCE_LOCALE } from './locales.ts';

export async function uiKeys(): Promise<string[]> {
  const entry = await getEntry('ui', SOURCE_LOCALE);
  if (!entry) throw new Error(`content/ui/${SOURCE_LOCALE}.json is missing.`);
  return Object.keys(entry.data);
}
