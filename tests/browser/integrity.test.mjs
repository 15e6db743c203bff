// integrity (IndexedDB content-addressed store + lockfile): on and off, persistence
// across page loads without `version`, `version` invalidation, clearCache, drift
// (a locked module whose bytes changed), and the in-memory fallback with a
// console.warn when IndexedDB cannot be opened.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { test, setup, boot, run, WASM, REPO_ROOT } from './harness.mjs';

const PY = '/tests/browser/fixtures/py';
const CALC = `${PY}/calc.py`;
let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

const imports = { calc: CALC, helper: `${PY}/helper.py` };
const PROGRAM = 'from calc import quad\nprint(quad(5))';

async function bootAndRun(page, opts = {}) {
  const info = await boot(page, { wasmUrl: WASM, defaults: false, imports, ...opts });
  assert.equal(info.error, undefined, info.error);
  const r = await run(page, PROGRAM);
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, '20\n');
  return info;
}

const sha = (text) => createHash('sha256').update(text).digest('hex');
const databases = (page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

test('integrity on (default): IndexedDB opens and integrityActive is true', async () => {
  const t = await env.open();
  const info = await bootAndRun(t.page);
  assert.equal(info.integrityActive, true);
  assert.ok((await databases(t.page)).includes('edgepython'), 'the edgepython database exists');
  assert.deepEqual(t.warnings().filter((w) => /IndexedDB/.test(w)), []);
});

test('integrity off: integrityActive is false, no database, no warning', async () => {
  const t = await env.open();
  const info = await bootAndRun(t.page, { integrity: false });
  assert.equal(info.integrityActive, false);
  assert.ok(!(await databases(t.page)).includes('edgepython'), 'no database created');
  assert.deepEqual(t.warnings().filter((w) => /IndexedDB/.test(w)), []);
});

test('the IndexedDB cache persists across page loads without a version', async () => {
  const first = await env.open();
  env.server.resetLog();
  await bootAndRun(first.page);
  assert.equal(env.server.requested(CALC), 1);
  const second = await first.reopen();
  await bootAndRun(second.page);
  assert.equal(env.server.requested(CALC), 1, 'the second page load is served from IndexedDB');
});

test('integrity off: nothing persists, every page load fetches again', async () => {
  const first = await env.open();
  env.server.resetLog();
  await bootAndRun(first.page, { integrity: false });
  const second = await first.reopen();
  await bootAndRun(second.page, { integrity: false });
  assert.equal(env.server.requested(CALC), 2);
});

test('version: the same version keeps the cache, a different one invalidates it', async () => {
  const a = await env.open();
  env.server.resetLog();
  await bootAndRun(a.page, { version: 'v1' });
  assert.equal(env.server.requested(CALC), 1);
  const b = await a.reopen();
  await bootAndRun(b.page, { version: 'v1' });
  assert.equal(env.server.requested(CALC), 1, 'same version: cached');
  const c = await a.reopen();
  await bootAndRun(c.page, { version: 'v2' });
  assert.equal(env.server.requested(CALC), 2, 'new version: cache dropped, fetched again');
  const d = await a.reopen();
  await bootAndRun(d.page, { version: 'v2' });
  assert.equal(env.server.requested(CALC), 2, 'v2 is now the stored version');
});

test('clearCache wipes the persistent store too', async () => {
  const a = await env.open();
  env.server.resetLog();
  await bootAndRun(a.page);
  await a.page.evaluate(() => window.w.clearCache());
  const b = await a.reopen();
  await bootAndRun(b.page);
  assert.equal(env.server.requested(CALC), 2);
});

test('integrity drift: a locked module whose bytes changed is refused, naming the spec and both hashes', async () => {
  const v1 = 'VALUE = 1\n';
  const v2 = 'VALUE = 2  # changed upstream\n';
  env.server.setDrift('drifty.py', v1, 'text/x-python');
  const driftImports = { drifty: '/__fixture/drift/drifty.py' };
  const a = await env.open();
  await boot(a.page, { wasmUrl: WASM, defaults: false, imports: driftImports });
  const first = await run(a.page, 'import drifty\nprint(drifty.VALUE)');
  assert.equal(first.out, '1\n');
  // The lockfile pinned sha256(v1). Drop the stored bytes (as an evicted or partial
  // cache would) so the next load must fetch, and change what the server answers.
  await a.page.evaluate(
    () =>
      new Promise((ok, fail) => {
        const req = indexedDB.open('edgepython');
        req.onsuccess = () => {
          const tx = req.result.transaction('cas', 'readwrite');
          tx.objectStore('cas').clear();
          tx.oncomplete = () => {
            req.result.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
        req.onerror = () => fail(req.error);
      }),
  );
  env.server.setDrift('drifty.py', v2, 'text/x-python');
  const b = await a.reopen();
  await boot(b.page, { wasmUrl: WASM, defaults: false, imports: driftImports });
  const second = await run(b.page, 'print("started")\nimport drifty\nprint(drifty.VALUE)');
  assert.ok(second.error, 'the run should be refused');
  assert.match(second.error, /integrity drift for '[^']*\/__fixture\/drift\/drifty\.py'/);
  assert.ok(second.error.includes(`locked: sha256-${sha(v1)}`), second.error);
  assert.ok(second.error.includes(`remote: sha256-${sha(v2)}`), second.error);
  assert.doesNotMatch(second.error, /started/);
  // with integrity off the same change is simply served
  const c = await a.reopen();
  await boot(c.page, { wasmUrl: WASM, defaults: false, integrity: false, imports: driftImports });
  const third = await run(c.page, 'import drifty\nprint(drifty.VALUE)');
  assert.equal(third.out, '2\n');
});

test('IndexedDB unavailable: falls back to an in-memory cache with a console.warn', async () => {
  // Make indexedDB.open fail in the page and in the worker (the worker script is served
  // with a prelude that breaks IDBFactory.prototype.open before the engine loads).
  const breakIdb = `IDBFactory.prototype.open = function () { throw new DOMException('blocked by the test', 'SecurityError'); };\n`;
  const workerSrc = readFileSync(resolve(REPO_ROOT, 'js/worker/worker.js'), 'utf8');
  env.server.route('/js/worker/worker.js', { body: breakIdb + workerSrc, type: 'text/javascript' });
  try {
    const ctx = await env.browser.newContext();
    await ctx.addInitScript(breakIdb);
    const t = await env.open('/tests/browser/fixtures/blank.html', { context: ctx });
    env.server.resetLog();
    const info = await boot(t.page, { wasmUrl: WASM, defaults: false, imports });
    assert.equal(info.error, undefined, info.error);
    assert.equal(info.integrityActive, false);
    const warned = () => t.console.some((m) => m.type === 'warning' && /IndexedDB unavailable/.test(m.text) && /integrityActive/.test(m.text));
    for (let i = 0; i < 40 && !warned(); i++) await new Promise((r) => setTimeout(r, 25));
    assert.ok(warned(), `console.warn expected; got ${JSON.stringify(t.console)}`);
    // runs work, and the in-memory cache still serves repeated imports
    const r1 = await run(t.page, PROGRAM);
    const r2 = await run(t.page, PROGRAM);
    assert.equal(r1.out, '20\n');
    assert.equal(r2.out, '20\n');
    assert.equal(env.server.requested(CALC), 1);
    await t.page.evaluate(() => window.w.clearCache());
    await run(t.page, PROGRAM);
    assert.equal(env.server.requested(CALC), 2);
    await ctx.close();
  } finally {
    env.server.route('/js/worker/worker.js', null);
  }
});
