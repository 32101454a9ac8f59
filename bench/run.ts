export {};
/**
 * npm run bench [-- name …] — runs the benchmarks (all, or those named) and prints their tables;
 * each also writes JSON under bench/results/ (git-ignored).
 */
const BENCHES: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  'build-scaling': () => import('./build-scaling.ts'),
  'function-throughput': () => import('./function-throughput.ts'),
  'load-reconcile': () => import('./load-reconcile.ts'),
  'page-weight': () => import('./page-weight.ts'),
  'search-cost': () => import('./search-cost.ts'),
  lighthouse: () => import('./lighthouse.ts'),
  'starlight-peer': () => import('./starlight-peer.ts'),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
const started = performance.now();
for (const name of names) {
  const load = BENCHES[name];
  if (!load) {
    console.error(`Unknown benchmark "${name}". Known: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  await (await load()).run();
}
console.log(`\nBenchmarks done in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
