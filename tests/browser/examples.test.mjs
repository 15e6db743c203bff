// The example pages a newcomer opens (examples/), and the server `make demo` starts.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

import { test, setup, until, REPO_ROOT } from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

test('examples/index.html links every example, and each link answers', async () => {
  const t = await env.open('/examples/');
  const links = await t.page.$$eval('a', (as) => as.map((a) => a.getAttribute('href')));
  for (const want of ['./hello/', './counter/', './modules/']) assert.ok(links.includes(want), `link ${want}`);
  for (const href of links.filter((h) => h.startsWith('./'))) {
    const res = await fetch(env.server.url(`/examples/${href.slice(2)}`));
    assert.equal(res.status, 200, href);
    await res.text();
  }
  await t.page.click('#hello');
  await t.page.waitForURL(/\/examples\/hello\/$/);
});

test('examples/hello: the tag runs main.py and shows its output', async () => {
  const t = await env.open('/examples/hello/');
  await until(async () => (await t.page.textContent('#status')) !== 'loading…', 'hello to start', 20000);
  assert.equal(await t.page.textContent('#status'), 'ready');
  const text = await t.page.textContent('#py');
  assert.match(text, /Hello, Edge Python!/);
  assert.match(text, /squares: \[1, 4, 9, 16, 25\]/);
  assert.match(text, /2 \*\* 64 = 18446744073709551616/);
  assert.deepEqual(t.errors, []);
});

test('examples/counter: clicks reach receive() and Python updates the count', async () => {
  const t = await env.open('/examples/counter/');
  await until(async () => (await t.page.textContent('#count')) === '0', 'the counter to show 0', 20000);
  assert.equal(await t.page.textContent('#status'), 'running');
  for (let i = 0; i < 3; i++) await t.page.click('#inc');
  await until(async () => (await t.page.textContent('#count')) === '3', 'count 3');
  await t.page.click('#dec');
  await until(async () => (await t.page.textContent('#count')) === '2', 'count 2');
  assert.ok(t.console.some((m) => m.text.includes('counter ready')), 'print() went to onOutput');
  assert.deepEqual(t.errors, []);
});

test('examples/modules: two modules import each other by bare name through packages.json', async () => {
  env.server.resetLog();
  const t = await env.open('/examples/modules/');
  await until(async () => (await t.page.textContent('#status')) !== 'loading…', 'modules to start', 20000);
  assert.equal(await t.page.textContent('#status'), 'ready');
  const text = await t.page.textContent('#py');
  assert.match(text, /Square: area 9/);
  assert.match(text, /Circle: area 3\.14/);
  assert.match(text, /distance: 5\.0/);
  assert.equal(env.server.requested('/examples/modules/lib/shapes.py'), 1);
  assert.equal(env.server.requested('/examples/modules/lib/geometry.py'), 1);
  assert.equal(env.server.requested('/examples/modules/lib/unused.py'), 0, 'declared but unused: never fetched');
});

test('the demo server (tests/browser/server.mjs as a command) prints the example URLs and serves them', async () => {
  const child = spawn(process.execPath, [resolve(REPO_ROOT, 'tests/browser/server.mjs')], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    await until(() => /Press Ctrl\+C/.test(out), 'the server banner');
    const origin = out.match(/at (http:\/\/127\.0\.0\.1:\d+)\//)?.[1];
    assert.ok(origin, out);
    for (const p of ['/examples/', '/examples/hello/', '/examples/counter/', '/examples/modules/']) {
      assert.ok(out.includes(`${origin}${p}`), `prints ${p}`);
      const res = await fetch(`${origin}${p}`);
      assert.equal(res.status, 200, p);
      await res.text();
    }
    const wasm = await fetch(`${origin}/js/compiler_lib.wasm`);
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    await wasm.arrayBuffer();
  } finally {
    child.kill('SIGTERM');
  }
});
