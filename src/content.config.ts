/**
 * Content collections over ../content (editors work there only). Schemas live in
 * src/content-model/ so tests and scripts can use them without Astro.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './content-model/page-schema.ts';
import { glossarySchema } from './content-model/glossary-schema.ts';
import { uiSchema } from './content-model/ui-schema.ts';
import { settingsSchema } from './content-model/settings-schema.ts';
import { insightSchema } from './content-model/insight-schema.ts';
import { factFileSchema } from './content-model/fact-schema.ts';
import { checkerResultSchema, checkerTextSchema, checkerTreeSchema } from './content-model/checker-schema.ts';

export const collections = {
  /** Explainers and site pages: content/pages/<lang>/<slug>.mdx (slugs may nest); id "<lang>/<slug>". */
  pages: defineCollection({
    loader: glob({
      base: './content/pages',
      pattern: '**/*.mdx',
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: pageSchema,
  }),
  /** Glossary terms per language: content/glossary/<lang>.yaml; id "<lang>". */
  glossary: defineCollection({
    loader: glob({
      base: './content/glossary',
      pattern: '*.yaml',
      generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
    }),
    schema: glossarySchema,
  }),
  /** Insights of the expert pool: content/insights/<lang>/<slug>.yaml; id "<lang>/<slug>". */
  insights: defineCollection({
    loader: glob({
      base: './content/insights',
      pattern: '*/*.yaml',
      generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
    }),
    schema: insightSchema,
  }),
  /** The checker's decision tree: content/checker/tree.yaml; id "tree". */
  checkerTree: defineCollection({
    loader: glob({ base: './content/checker', pattern: 'tree.yaml', generateId: () => 'tree' }),
    schema: checkerTreeSchema,
  }),
  /** The checker's questions per language: content/checker/<lang>.yaml; id "<lang>". */
  checkerText: defineCollection({
    loader: glob({
      base: './content/checker',
      pattern: ['*.yaml', '!tree.yaml'],
      generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
    }),
    schema: checkerTextSchema,
  }),
  /** The checker's results: content/checker/results/<lang>/<result>.mdx; id "<lang>/<result>". */
  checkerResults: defineCollection({
    loader: glob({
      base: './content/checker/results',
      pattern: '*/*.mdx',
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: checkerResultSchema,
  }),
  /** Amounts, dates, periods, ages and percentages, each kept once: content/facts/<topic>.yaml; id "<topic>". */
  facts: defineCollection({
    loader: glob({
      base: './content/facts',
      pattern: '*.yaml',
      generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
    }),
    schema: factFileSchema,
  }),
  /** Settings the team keeps up to date: content/settings/site.yaml; id "site". */
  settings: defineCollection({
    loader: glob({
      base: './content/settings',
      pattern: '*.yaml',
      generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
    }),
    schema: settingsSchema,
  }),
  /** Interface strings per language: content/ui/<lang>.json; id "<lang>". */
  ui: defineCollection({
    loader: glob({
      base: './content/ui',
      pattern: '*.json',
      generateId: ({ entry }) => entry.replace(/\.json$/, ''),
    }),
    schema: uiSchema,
  }),
};
