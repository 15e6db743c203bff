// The <edge-python> element: entry and packages (host + imports), the ready event,
// el.worker, el.run / el.onOutput, output shown in the element, visible errors with an
// `error` event, disposal on removal, ?setElement=false with defineElement('edge-py').
import { before, after } from 'node:test';
import assert from 'node:assert/strict';

import { test, setup, until, linesOf } from './harness.mjs';

const FIX = '/tests/browser/fixtures';
const EL = `${FIX}/element`;
let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

const events = (page) => page.evaluate(() => window.events);
const waitEvent = (page, prefix) =>
  until(async () => (await events(page)).find((e) => e.startsWith(prefix)), `element event '${prefix}'`, 20000);

test('entry + packages: runs the entry with host and imports from packages.json, then fires ready', async () => {
  env.server.resetLog();
  const t = await env.open(`${EL}/basic.html`);
  await waitEvent(t.page, 'ready');
  assert.deepEqual(await events(t.page), ['ready']);
  assert.equal(await t.page.textContent('#app'), 'sum=5', 'the host library ran on the main thread');
  assert.match(await t.page.textContent('#py'), /entry ran sibling/, 'print() output shown in the element');
  // read by the element; the worker may read it again as the entry folder's manifest
  assert.ok(env.server.requested(`${EL}/app/packages.json`) >= 1);
  assert.equal(env.server.requested(`${FIX}/host/ui.js`), 1);
  assert.equal(env.server.requested(`${FIX}/py/calc.py`), 1);
  assert.equal(env.server.requested(`${FIX}/host/unused.js`), 0, 'an unused host library is never fetched');
  assert.equal(env.server.requested(`${FIX}/py/unused.py`), 0, 'an unused import is never fetched');
  assert.equal(env.server.requested('/js/compiler_lib.wasm'), 1, 'the compiler comes from beside the runtime');
  assert.deepEqual(t.errors, []);
});

test('a host library is not fetched at connect, only when a run imports it', async () => {
  env.server.resetLog();
  const t = await env.open(`${EL}/bare.html`);
  await waitEvent(t.page, 'ready');
  // bare.html has no packages: give the element's worker nothing; use a fresh tag instead
  await t.page.evaluate(() => {
    const el = document.createElement('edge-python');
    el.id = 'dyn';
    el.setAttribute('packages', './app/packages.json');
    window.dynReady = new Promise((r) => el.addEventListener('ready', r, { once: true }));
    document.body.appendChild(el);
  });
  await t.page.evaluate(() => window.dynReady);
  assert.ok(env.server.requested(`${EL}/app/packages.json`) >= 1);
  assert.equal(env.server.requested(`${FIX}/host/ui.js`), 0, 'not fetched at connect');
  const out = await t.page.evaluate(async () => {
    const el = document.getElementById('dyn');
    const lines = [];
    el.onOutput((l) => lines.push(l));
    await el.run('from hostui import shout\nprint(shout("lazy"))');
    return lines;
  });
  assert.deepEqual(linesOf(out), ['LAZY!']);
  assert.equal(env.server.requested(`${FIX}/host/ui.js`), 1);
});

test('el.worker, el.run and el.onOutput drive the same VM after ready', async () => {
  const t = await env.open(`${EL}/basic.html`);
  await waitEvent(t.page, 'ready');
  const result = await t.page.evaluate(async () => {
    const el = document.querySelector('edge-python');
    const lines = [];
    el.onOutput((line) => lines.push(line));
    const r = await el.run('print(1 + 1)');
    await el.run('import sibling\nfrom calc import quad\nprint(sibling.WHO, quad(2))');
    const viaWorker = [];
    const members = ['run', 'onOutput', 'reset', 'clearCache', 'pushEvent', 'dispose'].filter((m) => typeof el.worker[m] === 'function');
    el.worker.onOutput((line) => viaWorker.push(line));
    await el.worker.run('print("through el.worker")');
    return { lines, members, integrityActive: el.worker.integrityActive, loadMs: typeof el.worker.loadMs, keys: Object.keys(r) };
  });
  assert.deepEqual(linesOf(result.lines), ['2', 'sibling 8']);
  assert.deepEqual(result.members, ['run', 'onOutput', 'reset', 'clearCache', 'pushEvent', 'dispose']);
  assert.equal(result.integrityActive, true);
  assert.equal(result.loadMs, 'number');
  assert.ok(result.keys.includes('out') && result.keys.includes('ms'));
  // el.onOutput took the lines: they are not added to the element
  assert.doesNotMatch(await t.page.textContent('#py'), /sibling 8/);
});

test('print() output appears in the element when no onOutput handler is set', async () => {
  const t = await env.open(`${EL}/output.html`);
  await waitEvent(t.page, 'ready');
  const text = await t.page.textContent('#py');
  assert.match(text, /hello from the tag\s+second line/);
  assert.ok(await t.page.isVisible('#py >> text=hello from the tag'));
  await t.page.evaluate(() => document.querySelector('#py').run('print("later output")'));
  assert.match(await t.page.textContent('#py'), /later output/);
});

test('an element without entry just boots: ready fires and run() works', async () => {
  const t = await env.open(`${EL}/bare.html`);
  await waitEvent(t.page, 'ready');
  const r = await t.page.evaluate(async () => {
    const el = document.getElementById('py');
    await el.run('print("driven from JS")');
    return el.textContent;
  });
  assert.match(r, /driven from JS/);
});

test('a Python error in the entry is shown in the element and fires an error event', async () => {
  const t = await env.open(`${EL}/error.html`);
  const ev = await waitEvent(t.page, 'error');
  // the worker itself started, so ready follows the error (README)
  await waitEvent(t.page, 'ready');
  assert.deepEqual((await events(t.page)).map((e) => e.split(':')[0]), ['error', 'ready']);
  assert.match(ev, /ZeroDivisionError: division by zero/);
  const text = await t.page.textContent('#py');
  assert.match(text, /before the error/);
  assert.match(text, /Traceback \(most recent call last\)/);
  assert.match(text, /ZeroDivisionError: division by zero/);
  assert.ok(await t.page.isVisible('#py >> text=/ZeroDivisionError/'), 'the error is visible');
});

test('an entry that cannot be fetched is a visible error naming it', async () => {
  const t = await env.open(`${EL}/missing.html`);
  const ev = await waitEvent(t.page, 'error');
  assert.match(ev, /nope\.py/);
  assert.match(ev, /404/);
  assert.match(await t.page.textContent('#py'), /nope\.py/);
});

test('a packages.json that cannot be fetched is a visible error naming it', async () => {
  const t = await env.open(`${EL}/badpackages.html`);
  const ev = await waitEvent(t.page, 'error');
  assert.match(ev, /nope\.json/);
  assert.match(await t.page.textContent('#py'), /nope\.json/);
});

test('removing the element disposes its worker; moving it does not', async () => {
  const t = await env.open(`${EL}/bare.html`);
  await waitEvent(t.page, 'ready');
  const moved = await t.page.evaluate(async () => {
    const el = document.getElementById('py');
    const worker = el.worker;
    // a move: removed and re-inserted in the same task
    el.remove();
    document.body.appendChild(el);
    await new Promise((r) => setTimeout(r, 50));
    const lines = [];
    el.onOutput((l) => lines.push(l));
    await el.run('print("still here")');
    return { same: el.worker === worker, lines };
  });
  assert.ok(moved.same, 'the move kept the worker');
  assert.deepEqual(linesOf(moved.lines), ['still here']);
  const removed = await t.page.evaluate(async () => {
    const el = document.getElementById('py');
    const worker = el.worker;
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    const viaWorker = await worker.run('print(1)').then(() => 'resolved', (e) => e.message);
    const viaElement = await el.run('print(1)').then(() => 'resolved', (e) => e.message);
    return { viaWorker, viaElement };
  });
  assert.match(removed.viaWorker, /disposed/);
  assert.notEqual(removed.viaElement, 'resolved');
});

test('?setElement=false skips auto-registration; defineElement("edge-py") registers a custom tag', async () => {
  const t = await env.open(`${EL}/custom-tag.html`);
  await waitEvent(t.page, 'ready');
  assert.equal(await t.page.evaluate(() => window.autoDefined), false, 'edge-python was not auto-defined');
  assert.match(await t.page.evaluate(() => window.badName), /hyphen/);
  assert.match(await t.page.textContent('#py'), /hello from the tag/);
  assert.equal(await t.page.evaluate(() => customElements.get('edge-python')), undefined);
});

test('importing element.js registers <edge-python> by itself', async () => {
  const t = await env.open(`${EL}/bare.html`);
  await waitEvent(t.page, 'ready');
  assert.equal(await t.page.evaluate(() => typeof customElements.get('edge-python')), 'function');
  const exported = await t.page.evaluate(async () => {
    const mod = await import('/js/src/element.js');
    return typeof mod.defineElement;
  });
  assert.equal(exported, 'function');
});

test('the error event carries the Error as detail', async () => {
  const t = await env.open(`${EL}/bare.html`);
  await waitEvent(t.page, 'ready');
  const detail = await t.page.evaluate(async () => {
    const el = document.createElement('edge-python');
    el.setAttribute('entry', './app/broken.py');
    const got = new Promise((r) => el.addEventListener('error', (e) => r(e.detail), { once: true }));
    document.body.appendChild(el);
    const d = await got;
    return { isError: d instanceof Error, message: d.message, bubbles: false };
  });
  assert.equal(detail.isError, true);
  assert.match(detail.message, /ZeroDivisionError/);
});

test('the wasm attribute picks another compiler_lib.wasm', async () => {
  const { readFileSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  const { REPO_ROOT } = await import('./harness.mjs');
  env.server.route('/alt/engine.wasm', { body: readFileSync(resolve(REPO_ROOT, 'js/compiler_lib.wasm')), type: 'application/wasm' });
  env.server.route('/alt/page.html', {
    type: 'text/html; charset=utf-8',
    body: `<!DOCTYPE html><html><head><meta charset="UTF-8"><script type="module" src="/js/src/element.js"></script></head>
<body><edge-python id="py" wasm="./engine.wasm" entry="/tests/browser/fixtures/element/app/hello.py"></edge-python>
<script>window.events = []; document.getElementById('py').addEventListener('ready', () => window.events.push('ready'));</script></body></html>`,
  });
  try {
    env.server.resetLog();
    const t = await env.open('/alt/page.html');
    await waitEvent(t.page, 'ready');
    assert.match(await t.page.textContent('#py'), /hello from the tag/);
    assert.equal(env.server.requested('/alt/engine.wasm'), 1);
    assert.equal(env.server.requested('/js/compiler_lib.wasm'), 0);
  } finally {
    env.server.route('/alt/engine.wasm', null);
    env.server.route('/alt/page.html', null);
  }
});
