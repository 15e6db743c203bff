// The test server itself (no browser): content types, 404s, directory redirects,
// CORS, the request log, and the fixture routes the runtime tests rely on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { startServer } from './server.mjs';

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server.close();
});

const get = (path, init) => fetch(server.url(path), init);

test('binds 127.0.0.1 on a free port when asked for port 0', () => {
  assert.ok(server.port > 0);
  assert.equal(server.origin, `http://127.0.0.1:${server.port}`);
});

test('serves files with the content types the runtime needs', async () => {
  const cases = [
    ['/build/fixtures/plugin.wasm', 'application/wasm', true],
    ['/tests/browser/harness.mjs', 'text/javascript', false],
    ['/tests/browser/fixtures/mt.js', 'text/javascript', false],
    ['/examples/modules/packages.json', 'application/json', false],
    ['/examples/hello/main.py', 'text/x-python', false],
    ['/examples/index.html', 'text/html', false],
  ];
  for (const [path, type, optional] of cases) {
    const res = await get(path);
    if (optional && res.status === 404) continue; // the plugin may not be built yet
    assert.equal(res.status, 200, path);
    assert.ok(res.headers.get('content-type').startsWith(type), `${path}: ${res.headers.get('content-type')}`);
    await res.arrayBuffer();
  }
  const py = await (await get('/examples/hello/main.py')).text();
  assert.match(py, /print\(greet/);
});

test('answers 404 for missing files and 403 outside the root', async () => {
  const res = await get('/no/such/file.py');
  assert.equal(res.status, 404);
  await res.text();
  // fetch() normalises '..' away, so talk HTTP directly
  const { request } = await import('node:http');
  const status = await new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: '/../../etc/passwd' }, (r) => {
      r.resume();
      ok(r.statusCode);
    });
    req.on('error', fail);
    req.end();
  });
  assert.ok(status === 403 || status === 404, `status ${status}`);
});

test('redirects a folder to its slash form and serves its index.html', async () => {
  const res = await get('/examples/hello', { redirect: 'manual' });
  assert.equal(res.status, 301);
  assert.equal(res.headers.get('location'), '/examples/hello/');
  const page = await get('/examples/hello/');
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<edge-python/);
});

test('every response allows any origin and is never cached', async () => {
  for (const path of ['/examples/hello/main.py', '/missing.txt', '/__fixture/spa/x.wasm']) {
    const res = await get(path);
    assert.equal(res.headers.get('access-control-allow-origin'), '*', path);
    assert.equal(res.headers.get('cache-control'), 'no-store', path);
    await res.arrayBuffer();
  }
  const pre = await get('/js/src/index.js', { method: 'OPTIONS' });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), '*');
});

test('the request log records each request and can be reset', async () => {
  server.resetLog();
  assert.equal(server.requests.length, 0);
  await (await get('/examples/hello/main.py?x=1')).text();
  await (await get('/examples/hello/main.py')).text();
  await (await get('/nope.py')).text();
  assert.equal(server.requested('/examples/hello/main.py'), 2);
  assert.equal(server.requested(/nope\.py$/), 1);
  assert.deepEqual(server.requests.map((r) => r.status), [200, 200, 404]);
  server.resetLog();
  assert.equal(server.requested('/examples/hello/main.py'), 0);
});

test('the SPA fixture serves HTML with status 200 for any path, .wasm included', async () => {
  const res = await get('/__fixture/spa/std/json.wasm');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /text\/html/);
  assert.match(await res.text(), /<!DOCTYPE html>/);
});

test('the drift fixture serves bytes that can change between requests', async () => {
  let res = await get('/__fixture/drift/mod.py');
  assert.equal(res.status, 404);
  await res.text();
  server.setDrift('mod.py', 'VALUE = 1\n');
  res = await get('/__fixture/drift/mod.py');
  assert.match(res.headers.get('content-type'), /text\/x-python/);
  assert.equal(await res.text(), 'VALUE = 1\n');
  server.setDrift('mod.py', 'VALUE = 2\n');
  assert.equal(await (await get('/__fixture/drift/mod.py')).text(), 'VALUE = 2\n');
});

test('in-memory routes override files and can be removed', async () => {
  server.route('/examples/hello/main.py', { body: 'print("routed")\n', status: 200 });
  assert.equal(await (await get('/examples/hello/main.py')).text(), 'print("routed")\n');
  server.route('/examples/hello/main.py', null);
  assert.match(await (await get('/examples/hello/main.py')).text(), /greet/);
});

test('a second instance serves the same tree on another port', async () => {
  const other = await startServer();
  try {
    assert.notEqual(other.port, server.port);
    const res = await fetch(other.url('/examples/hello/main.py'));
    assert.equal(res.status, 200);
    await res.text();
    assert.equal(other.requested('/examples/hello/main.py'), 1);
  } finally {
    await other.close();
  }
});
