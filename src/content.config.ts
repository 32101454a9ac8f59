/**
 * Content collections over ../content (editors work there only). Schemas live in
 * src/content-model/ so tests and scripts can use them without Astro.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './content-model/page-schema.ts';
import { glossarySchema } from './content-model/glossary-schema.ts';
import { uiSchema } from './content-model/ui-schema.ts';

export const collections = {
  /** Explainers and site pages: content/pages/<lang>/<slug>.mdx; id "<lang>/<slug>". */
  pages: defineCollection({
    loader: glob({ base: './content/pages', pattern: '*/*.mdx', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: pageSchema,
  }),
  /** Glossary terms per language: content/glossary/<lang>.yaml; id "<lang>". */
  glossary: defineCollection({
    loader: glob({ base: './content/glossary', pattern: '*.yaml', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
    schema: glossarySchema,
  }),
  /** Interface strings per language: content/ui/<lang>.json; id "<lang>". */
  ui: defineCollection({
    loader: glob({ base: './content/ui', pattern: '*.json', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
    schema: uiSchema,
  }),
};
