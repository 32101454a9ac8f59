/**
 * Astro 7.3 writes a `"use astro:head-inject";` directive at the top of every content entry's
 * asset module (`*.mdx?astroPropagatedAssets`). Nothing reads it — Astro tracks head propagation
 * in module metadata — and the bundler drops it with one MODULE_LEVEL_DIRECTIVE warning per page
 * (≈300 per build, withastro/astro#18087). This removes the unused line where it is written, so
 * the bundle is the same and the build is quiet. Remove this plugin once Astro stops writing it.
 */
import type { Plugin } from 'vite';

const DIRECTIVE = /^\s*"use astro:head-inject";\s*$/m;

export function dropHeadInjectDirective(): Plugin {
  return {
    name: 'wegwijzer:drop-head-inject-directive',
    enforce: 'post',
    transform: {
      filter: { id: /[?&]astroPropagatedAssets\b/ },
      handler(code) {
        return DIRECTIVE.test(code) ? { code: code.replace(DIRECTIVE, ''), map: null } : undefined;
      },
    },
  };
}
