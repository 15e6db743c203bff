// Module resolution as a page sees it: the `imports` option, laziness (only what a
// run imports is fetched, once), hostModules (import()ed on first use only),
// `defaults` (the built-in table, and opting out), and the errors a bad spec gives
// before the run starts.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { test, setup, boot, run, WASM, REPO_ROOT } from './harness.mjs';
import { ensureFixtures, FIXTURE_DIR } from './build_fixtures.mjs';

const PY = '/tests/browser/fixtures/py';
const HOST = '/tests/browser/fixtures/host';
let env;
let url;
before(async () => {
  ensureFixtures();
  env = await setup();
  url = (p) => env.server.url(p);
});
after(async () => {
  await env?.teardown();
});

const calcImports = () => ({
  calc: url(`${PY}/calc.py`),
  helper: url(`${PY}/helper.py`),
  unused: url(`${PY}/unused.py`),
});

test('imports: bare names resolve to the given URLs, transitively', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, imports: calcImports() });
  const r = await run(page, 'from calc import add, quad\nimport helper\nprint(add(2, 3), quad(5), helper.twice(21))');
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, '5 20 42\n');
});

test('imports: URLs may be relative to the page', async () => {
  const { page } = await env.open('/tests/browser/fixtures/blank.html');
  await boot(page, { wasmUrl: WASM, imports: { calc: './py/calc.py', helper: 'py/helper.py' } });
  const r = await run(page, 'from calc import quad\nprint(quad(1))');
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, '4\n');
});

test('laziness: only the modules a run imports are fetched, and each once across runs', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, imports: calcImports() });
  env.server.resetLog();
  const plain = await run(page, 'print("no imports")');
  assert.equal(plain.out, 'no imports\n');
  assert.deepEqual(env.server.requests.map((r) => r.path), [], 'a run without imports fetches nothing');

  await run(page, 'import helper\nprint(helper.twice(1))');
  assert.equal(env.server.requested(`${PY}/helper.py`), 1);
  assert.equal(env.server.requested(`${PY}/calc.py`), 0, 'calc is declared but not imported yet');

  const r = await run(page, 'from calc import quad\nprint(quad(2))');
  assert.equal(r.out, '8\n');
  const r2 = await run(page, 'from calc import quad\nimport helper\nprint(quad(3))');
  assert.equal(r2.out, '12\n');
  assert.equal(env.server.requested(`${PY}/calc.py`), 1, 'fetched once, then cached in the worker');
  assert.equal(env.server.requested(`${PY}/helper.py`), 1);
  assert.equal(env.server.requested(`${PY}/unused.py`), 0, 'a declared but unused module is never fetched');
  // the project manifest beside the page was probed once: its 404 is remembered
  assert.equal(env.server.requested('/tests/browser/fixtures/packages.json'), 1);
});

test('laziness: an import inside a function that never runs is still prefetched, nothing else', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, imports: calcImports() });
  env.server.resetLog();
  const r = await run(page, 'def later():\n    import helper\n    return helper.twice(2)\nprint(later())');
  assert.equal(r.out, '4\n');
  assert.equal(env.server.requested(`${PY}/helper.py`), 1);
  assert.equal(env.server.requested(`${PY}/calc.py`), 0);
});

test('hostModules: a host library is import()ed the first time a run imports it, never before', async () => {
  const { page } = await env.open();
  env.server.resetLog();
  const info = await boot(page, {
    wasmUrl: WASM,
    hostModules: { hostui: url(`${HOST}/ui.js`), unused_host: url(`${HOST}/unused.js`) },
  });
  assert.equal(info.error, undefined, info.error);
  assert.equal(env.server.requested(`${HOST}/ui.js`), 0, 'not fetched at createWorker');
  await run(page, 'print("nothing imported")');
  assert.equal(env.server.requested(`${HOST}/ui.js`), 0, 'not fetched by a run that does not import it');
  const r = await run(page, 'from hostui import shout, render\nprint(shout("hey"), render("drawn"))');
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, 'HEY! 5\n');
  assert.equal(await page.textContent('#app'), 'drawn');
  const again = await run(page, 'from hostui import shout\nprint(shout("x"))');
  assert.equal(again.out, 'X!\n');
  assert.equal(env.server.requested(`${HOST}/ui.js`), 1, 'imported once');
  assert.equal(await page.evaluate(() => window.hostuiLoaded), 1, 'factory called once');
  assert.equal(env.server.requested(`${HOST}/unused.js`), 0, 'an unused host module is never fetched');
});

test('hostModules: the factory may be the default export', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, hostModules: { defaulted: url(`${HOST}/defaulted.js`) } });
  const r = await run(page, 'from defaulted import ping\nprint(ping())');
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, 'pong from default export\n');
});

test('hostModules: a host URL that does not load aborts the run with a clear error', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, hostModules: { ghost: url(`${HOST}/ghost.js`) } });
  const r = await run(page, 'print("started")\nfrom ghost import boo\n');
  assert.ok(r.error, 'run should reject');
  assert.match(r.error, /could not pre-fetch every imported module/);
  assert.match(r.error, /host 'ghost' failed to load/);
  assert.doesNotMatch(r.error, /started/);
});

test('defaults: the official names resolve by bare name without packages.json, lazily', async () => {
  // The defaults live beside the runtime (js/src/defaults.js): std/<name>.wasm and
  // host/<name>/index.js. Serve stand-ins there: the plugin fixture as std/json.wasm
  // and a tiny ESM as host/time/index.js.
  env.server.route('/std/json.wasm', { body: readFileSync(resolve(FIXTURE_DIR, 'plugin.wasm')), type: 'application/wasm' });
  env.server.route('/host/time/index.js', { body: 'export const time = () => ({ now_ms: () => 1234 });\n', type: 'text/javascript' });
  try {
    const { page } = await env.open();
    env.server.resetLog();
    await boot(page, { wasmUrl: WASM });
    await run(page, 'print("no imports")');
    assert.equal(env.server.requested(/^\/(std|host)\//), 0, 'an unused default is never fetched');
    const r = await run(page, 'from json import add\nfrom time import now_ms\nprint(add(40, 2), now_ms())');
    assert.equal(r.error, undefined, r.error);
    assert.equal(r.out, '42 1234\n');
    assert.equal(env.server.requested('/std/json.wasm'), 1);
    assert.equal(env.server.requested('/host/time/index.js'), 1);
    assert.equal(env.server.requested('/std/re.wasm'), 0);
    assert.equal(env.server.requested(/^\/host\/(dom|network|storage)\//), 0);
  } finally {
    env.server.route('/std/json.wasm', null);
    env.server.route('/host/time/index.js', null);
  }
});

test('defaults: false drops the built-in names (a bare default name does not resolve)', async () => {
  env.server.route('/std/json.wasm', { body: readFileSync(resolve(FIXTURE_DIR, 'plugin.wasm')), type: 'application/wasm' });
  try {
    const { page } = await env.open();
    await boot(page, { wasmUrl: WASM, defaults: false });
    env.server.resetLog();
    const r = await run(page, 'from json import add\n');
    assert.match(r.error ?? '', /ModuleNotFoundError: No module named 'json'/);
    const t = await run(page, 'import time\n');
    assert.match(t.error ?? '', /ModuleNotFoundError: No module named 'time'/);
    assert.equal(env.server.requested(/^\/(std|host)\//), 0);
    // user imports still work with defaults off, and may reuse a default's name
    await boot(page, { wasmUrl: WASM, defaults: false, imports: { json: url(`${PY}/helper.py`) } }, { name: 'w2' });
    const own = await run(page, 'from json import twice\nprint(twice(8))', { name: 'w2' });
    assert.equal(own.out, '16\n');
  } finally {
    env.server.route('/std/json.wasm', null);
  }
});

test('an undeclared bare name is a ModuleNotFoundError from the VM', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, defaults: false });
  const r = await run(page, 'import no_such_module_anywhere\n');
  assert.match(r.error ?? '', /ModuleNotFoundError: No module named 'no_such_module_anywhere'/);
});

test('bad specs: every failure is listed in one error and the run never starts', async () => {
  const { page } = await env.open();
  const dead = `http://127.0.0.1:${env.server.port}/tests/browser/fixtures/py/dead.py`;
  await boot(page, {
    wasmUrl: WASM,
    defaults: false,
    imports: {
      // written as the user would: relative to the page / the site root
      gone: `${PY}/gone.py`,
      plain_http: dead,
      schemeless: 'cdn.example.com/lib/mod.py',
      spa: url('/__fixture/spa/std/json.wasm'),
    },
  });
  const started = [];
  const check = async (name, ...patterns) => {
    const r = await run(page, `print("started")\nimport ${name}\n`);
    assert.ok(r.error, `${name}: run should reject`);
    assert.match(r.error, /could not pre-fetch every imported module/, name);
    for (const p of patterns) assert.match(r.error, p, name);
    started.push(...r.lines);
    return r.error;
  };
  // http:// gets the https hint
  await check('plain_http', /'http:\/\/127\.0\.0\.1:\d+\/tests\/browser\/fixtures\/py\/dead\.py' uses http:\/\/; browsers block http subresources from an https page \(mixed content\), so the fetch never leaves\. Use https:\/\/ \(an SSL connection\)\./);
  // a schemeless URL-looking spec gets the prefix hint
  await check('schemeless', /'cdn\.example\.com\/lib\/mod\.py' has no scheme, so it resolved as a path on your own origin\. If it's a URL, prefix it with https:\/\/\./);
  // an SPA answering HTML for a .wasm is caught
  await check('spa', /served as 'text\/html[^']*', not a wasm module/);
  // a 404 names the module and the status, and gets no scheme hint (the user wrote no scheme)
  const gone = await check('gone', /gone\.py/, /404/);
  assert.doesNotMatch(gone, /uses http:\/\/|has no scheme/);
  // several at once: one error listing each
  const all = await check('gone, spa, schemeless');
  assert.match(all, /gone\.py/);
  assert.match(all, /not a wasm module/);
  assert.match(all, /has no scheme/);
  assert.equal(all.split('\n').filter((l) => l.startsWith('  ')).length >= 3, true, all);
  // and nothing ran: "started" never printed
  const probe = await page.evaluate(async () => {
    const lines = [];
    window.w.onOutput((l) => lines.push(l));
    await window.w.run('print("started")\nimport gone\n').catch(() => {});
    return lines;
  });
  assert.deepEqual(probe, []);
});

test('bad specs: an http:// URL nobody answers gets the https hint', async () => {
  const { page } = await env.open();
  // port 9 (discard) on 127.0.0.1: nothing listens, the connection is refused
  await boot(page, { wasmUrl: WASM, defaults: false, imports: { refused: 'http://127.0.0.1:9/lib/mod.py' } });
  const r = await run(page, 'import refused\n');
  assert.match(r.error ?? '', /could not pre-fetch every imported module/);
  assert.match(r.error ?? '', /'http:\/\/127\.0\.0\.1:9\/lib\/mod\.py' uses http:\/\/; browsers block http subresources from an https page/);
});

test('bad specs: a malformed wasm binary is refused as a wasm module', async () => {
  env.server.route('/junk/broken.wasm', { body: Buffer.from('\0asm\x01\0\0\0garbage-here'), type: 'application/wasm' });
  try {
    const { page } = await env.open();
    await boot(page, { wasmUrl: WASM, defaults: false, imports: { broken: url('/junk/broken.wasm') } });
    const r = await run(page, 'import broken\n');
    assert.match(r.error ?? '', /could not pre-fetch every imported module/);
    assert.match(r.error ?? '', /broken\.wasm' failed to load as a wasm module/);
  } finally {
    env.server.route('/junk/broken.wasm', null);
  }
});

test('a 404 is remembered; reset() forgets it', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, defaults: false });
  env.server.resetLog();
  const first = await run(page, 'import appears_later\n');
  assert.match(first.error ?? '', /No module named 'appears_later'/);
  // looked for beside the page (blank.html's folder)
  const LATER = '/tests/browser/fixtures/appears_later.py';
  assert.equal(env.server.requested(LATER), 1);
  await run(page, 'import appears_later\n');
  assert.equal(env.server.requested(LATER), 1, 'the 404 is remembered');
  env.server.route(LATER, { body: 'X = 5\n', type: 'text/x-python' });
  try {
    await page.evaluate(() => window.w.reset());
    const r = await run(page, 'import appears_later\nprint(appears_later.X)');
    assert.equal(r.error, undefined, r.error);
    assert.equal(r.out, '5\n');
  } finally {
    env.server.route(LATER, null);
  }
});

test('a 404 for a module is remembered and retried after clearCache', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, defaults: false, imports: { later: '/later/mod.py' } });
  env.server.resetLog();
  const first = await run(page, 'import later\nprint(later.X)');
  assert.match(first.error ?? '', /404/);
  env.server.route('/later/mod.py', { body: 'X = "now here"\n', type: 'text/x-python' });
  try {
    await page.evaluate(() => window.w.clearCache());
    const second = await run(page, 'import later\nprint(later.X)');
    assert.equal(second.error, undefined, second.error);
    assert.equal(second.out, 'now here\n');
  } finally {
    env.server.route('/later/mod.py', null);
  }
});

test('run baseUrl: by default relative modules are looked up beside the page (README: document.baseURI)', async () => {
  // The project README documents the page's URL as the default base (the original's
  // README said the worker's location; the worker folder is js/worker/, and a
  // cross-origin Blob worker has no usable location).
  env.server.route('/tests/browser/fixtures/where_probe.py', { body: 'WHERE = "page folder"\n', type: 'text/x-python' });
  env.server.route('/js/worker/where_probe.py', { body: 'WHERE = "worker folder"\n', type: 'text/x-python' });
  try {
    const { page } = await env.open('/tests/browser/fixtures/blank.html');
    await boot(page, { wasmUrl: WASM, defaults: false });
    env.server.resetLog();
    const r = await run(page, 'import where_probe\nprint(where_probe.WHERE)');
    assert.equal(r.error, undefined, r.error);
    assert.equal(r.out, 'page folder\n');
    assert.equal(env.server.requested('/js/worker/where_probe.py'), 0);
  } finally {
    env.server.route('/tests/browser/fixtures/where_probe.py', null);
    env.server.route('/js/worker/where_probe.py', null);
  }
});

test('a project packages.json beside the program maps bare names (and `extends`)', async () => {
  env.server.route('/proj/packages.json', { body: JSON.stringify({ extends: './base', imports: { calc: '../tests/browser/fixtures/py/calc.py' } }), type: 'application/json' });
  env.server.route('/proj/base/packages.json', { body: JSON.stringify({ imports: { helper: '../../tests/browser/fixtures/py/helper.py', greeting: '../../tests/browser/fixtures/py/greeting.py' } }), type: 'application/json' });
  try {
    const { page } = await env.open();
    await boot(page, { wasmUrl: WASM, defaults: false });
    const r = await run(page, 'from calc import quad\nimport greeting\nprint(quad(2), greeting.hello("proj"))', { runOpts: { baseUrl: env.server.url('/proj/main.py') } });
    assert.equal(r.error, undefined, r.error);
    assert.equal(r.out, '8 hello proj\n');
  } finally {
    env.server.route('/proj/packages.json', null);
    env.server.route('/proj/base/packages.json', null);
  }
});
