/**
 * A throwaway copy of the project (sources and content, node_modules linked) for tests that must
 * change files: building with an extra locale, breaking a schema, editing a Dutch page.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawn } from 'node:child_process';

const SKIP = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.git',
  '.netlify',
  '.data',
  'test-results',
  'bench',
]);

export interface ProjectCopy {
  dir: string;
  path(...parts: string[]): string;
  run(command: string, args: string[]): Promise<{ code: number; output: string }>;
  remove(): void;
}

export function copyProject(root = process.cwd()): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-copy-'));
  cpSync(root, dir, {
    recursive: true,
    filter: (src) => !SKIP.has(relative(root, src).split('/')[0] ?? ''),
  });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    path: (...parts) => join(dir, ...parts),
    run: (command, args) =>
      new Promise((resolve) => {
        const child = spawn(command, args, {
          cwd: dir,
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
        });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('close', (code) => resolve({ code: code ?? 1, output }));
      }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
