// Cross-origin bootstrap: the page is served by one server, the runtime (index.js,
// worker, compiler_lib.wasm) by a second one on another port. Chromium refuses
// new Worker(crossOriginUrl), so createWorker must go through a same-origin Blob.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';

import { test, setup, until, linesOf } from './harness.mjs';

let env;
let pageServer;
let cdn;
before(async () => {
  env = await setup({ servers: 2 });
  [pageServer, cdn] = env.servers;
});
after(async () => {
  await env?.teardown();
});

test('createWorker from a runtime on another origin: Blob bootstrap, compiler from beside the runtime', async () => {
  const t = await env.open('/tests/browser/fixtures/blank.html', { server: pageServer });
  pageServer.resetLog();
  cdn.resetLog();
  const result = await t.page.evaluate(async (runtime) => {
    const { createWorker } = await import(runtime);
    const w = await createWorker({
      imports: { calc: './py/calc.py', helper: './py/helper.py' },
      mainThreadModules: { page: { origin: () => location.origin } },
    });
    window.w = w;
    const lines = [];
    w.onOutput((l) => lines.push(l));
    await w.run('from calc import quad\nfrom page import origin\nprint(quad(4), origin())');
    // an event through the bridge reaches the cross-origin worker too
    const done = w.run('print("got", receive())');
    setTimeout(() => w.pushEvent('across'), 30);
    await done;
    return { lines, integrityActive: w.integrityActive };
  }, cdn.url('/js/src/index.js'));
  assert.deepEqual(linesOf(result.lines), [`16 ${pageServer.origin}`, 'got across']);
  assert.equal(result.integrityActive, true);
  assert.ok(cdn.requested('/js/worker/worker.js') >= 1, 'worker.js came from the runtime origin');
  assert.equal(cdn.requested('/js/compiler_lib.wasm'), 1, 'compiler_lib.wasm came from beside the runtime');
  assert.equal(pageServer.requested(/^\/js\//), 0, 'nothing of the runtime was fetched from the page origin');
  assert.equal(pageServer.requested('/tests/browser/fixtures/py/calc.py'), 1, 'imports resolve against the page');
  assert.deepEqual(t.errors, []);
});

test('messages sent before the cross-origin worker script ran are buffered, not lost', async () => {
  const t = await env.open('/tests/browser/fixtures/blank.html', { server: pageServer });
  const out = await t.page.evaluate(async (runtime) => {
    const { createWorker } = await import(runtime);
    // this factory pushes an event synchronously, before even the load message
    const early = ({ pushEvent }) => {
      pushEvent('first, before load');
      return { noop: () => null };
    };
    const w = await createWorker({ mainThreadModules: { early } });
    return (await w.run('print(receive())')).out;
  }, cdn.url('/js/src/index.js'));
  assert.equal(out, 'first, before load\n');
});

test('host modules and the window bridge work with a cross-origin runtime', async () => {
  const t = await env.open('/tests/browser/fixtures/blank.html', { server: pageServer });
  pageServer.resetLog();
  const lines = await t.page.evaluate(async (runtime) => {
    const { createWorker } = await import(runtime);
    const w = await createWorker({ hostModules: { hostui: '/tests/browser/fixtures/host/ui.js' } });
    const lines = [];
    w.onOutput((l) => lines.push(l));
    const done = w.run('from hostui import shout, render\nrender("rendered")\nprint(shout("xo"), receive())');
    setTimeout(() => window.dispatchEvent(new CustomEvent('edge-python-event', { detail: 'bridged' })), 50);
    await done;
    return lines;
  }, cdn.url('/js/src/index.js'));
  assert.deepEqual(linesOf(lines), ['XO! bridged']);
  assert.equal(await t.page.textContent('#app'), 'rendered');
  assert.equal(pageServer.requested('/tests/browser/fixtures/host/ui.js'), 1);
});

test('the <edge-python> element loaded from another origin runs a page-relative entry', async () => {
  pageServer.route('/xo/element.html', {
    type: 'text/html; charset=utf-8',
    body: `<!DOCTYPE html><html><head><meta charset="UTF-8">
<script type="module" src="${cdn.url('/js/src/element.js')}"></script></head>
<body><edge-python id="py" entry="/tests/browser/fixtures/element/app/hello.py"></edge-python>
<script>window.events = []; document.getElementById('py').addEventListener('ready', () => window.events.push('ready'));
document.getElementById('py').addEventListener('error', (e) => window.events.push('error: ' + (e.detail && e.detail.message)));</script>
</body></html>`,
  });
  try {
    cdn.resetLog();
    const t = await env.open('/xo/element.html', { server: pageServer });
    const ev = await until(async () => (await t.page.evaluate(() => window.events))[0], 'ready or error', 20000);
    assert.equal(ev, 'ready');
    assert.match(await t.page.textContent('#py'), /hello from the tag/);
    assert.equal(cdn.requested('/js/compiler_lib.wasm'), 1);
    assert.equal(pageServer.requested('/tests/browser/fixtures/element/app/hello.py'), 1);
  } finally {
    pageServer.route('/xo/element.html', null);
  }
});
