/** The resolved pages of the site, from the content layer (cached per build). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolvePages, type ResolvedPage } from './resolve.ts';
import { SECTIONS } from './sections.ts';

export type PageEntry = CollectionEntry<'pages'>;
export type SitePage = ResolvedPage<PageEntry>;

let cache: Promise<SitePage[]> | undefined;

export function getSitePages(): Promise<SitePage[]> {
  cache ??= getCollection('pages').then((entries) => resolvePages(entries));
  return cache;
}

/** Listed pages of one locale grouped by section, in section order and then page order. */
export async function pagesBySection(lang: string): Promise<{ section: string; pages: SitePage[] }[]> {
  const pages = (await getSitePages()).filter((p) => p.lang === lang && !p.entry.data.unlisted);
  return SECTIONS.map((section) => ({
    section,
    pages: pages
      .filter((p) => p.entry.data.section === section)
      .sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug)),
  })).filter((group) => group.pages.length > 0);
}

/** Locales that have their own (not fallback) version of a slug. */
export async function translatedLocales(slug: string): Promise<string[]> {
  return (await getSitePages()).filter((p) => p.slug === slug && !p.isFallback).map((p) => p.lang);
}

/** Rough reading time in minutes (about 180 words a minute for a second-language reader). */
export function readingMinutes(body: string | undefined): number {
  const words = (body ?? '')
    .replace(/<[^>]+>|[#*_>`{}[\]()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / 180));
}
