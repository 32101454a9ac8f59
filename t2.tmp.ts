import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startApp } from './tests/support/app.ts';
import { CHROMIUM_FLAGS } from './tests/support/browser.ts';
const app = await startApp();
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROMIUM_FLAGS.map((f) => (f === '--headless' ? '--headless=new' : f)) });
for (const p of ['/ar/expertpool/', '/ar/pip/']) {
const r = await lighthouse(app.url + p, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
const a = r!.lhr.audits;
console.log(p, a['first-contentful-paint'].displayValue, a['largest-contentful-paint'].displayValue, a['speed-index'].displayValue, a['total-blocking-time'].displayValue, JSON.stringify((a['render-blocking-resources'].details as any)?.items?.map((i: any) => [i.url.split('/').pop(), i.wastedMs])), a['largest-contentful-paint-element']?.details ? JSON.stringify((a['largest-contentful-paint-element'].details as any).items?.[0]?.items?.[0]?.node?.snippet ?? '').slice(0,150) : '');
}
chrome.kill(); await app.close();
