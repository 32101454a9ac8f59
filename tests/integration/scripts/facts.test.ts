import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../../src/content-model/facts.ts';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';

const run = promisify(execFile);
const ROOT = new URL('../../../', import.meta.url);
const facts = loadFacts(new URL('content/facts/', ROOT));
const factsScript = (...args: string[]) =>
  run(process.execPath, ['scripts/facts.ts', ...args], { cwd: ROOT });

describe('npm run facts', () => {
  it('prints every fact with its Dutch value, source, fact-sheet number and the pages that use it', async () => {
    const { stdout } = await factsScript('--today', '2026-12-07');
    for (const fact of facts.values()) {
      expect(stdout).toMatch(
        new RegExp(`^${fact.id} .* fact ${fact.factSheet} +checked \\d{4}-\\d{2}-\\d{2}$`, 'm'),
      );
      expect(stdout).toContain(fact.source.url);
    }
    expect(stdout).toMatch(/^fine-old-law-max +€ 1\.250 +eur +fact 42 +checked 2026-12-06$/m);
    // Uses are grouped per page, languages in the site's order: "{nl,en,ar,fa,ti,tr}/boetes".
    expect(stdout).toMatch(new RegExp(`^ +used on: .*\\{${LOCALE_CODES.join(',')}\\}/boetes`, 'm'));
    expect(stdout).toContain('Not checked for 12 months (lastChecked before 2025-12-07): 0');
  });

  it('lists the facts not checked for 12 months', async () => {
    const { stdout } = await factsScript('--today', '2027-12-07');
    const stale = [...facts.values()].filter((f) => f.lastChecked < new Date('2026-12-07'));
    expect(stdout).toContain(`Not checked for 12 months (lastChecked before 2026-12-07): ${stale.length}`);
    expect(stale.length).toBeGreaterThan(0);
    for (const fact of stale) expect(stdout).toContain(`- ${fact.id} (checked `);
  });
});
