import { withLighthouse } from './bench/lib/lighthouse.ts';
import { startApp } from './tests/support/app.ts';
import { newReference } from './src/server/reference.ts';
const app = await startApp();
await withLighthouse(async (audit) => {
  for (const p of ['/nl/stel-je-vraag/', '/ar/expertpool/', `/nl/stel-je-vraag/bedankt/?ref=${newReference('V')}`, '/nl/pip/']) {
    const s = await audit(app.url + p); console.log(p, s.performance, s.accessibility, s['best-practices'], s.seo, s.failing.join('; '));
  }
});
await app.close();
