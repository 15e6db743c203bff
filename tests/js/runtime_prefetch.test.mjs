// js/src/prefetch.js through the Engine with a fake fetch: what gets fetched (only
// what a run imports), how bare names resolve (defaults < imports < packages.json),
// packages and relative imports, host modules, and the single error listing every
// module that could not be fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { makeEngine, run, BASE, pluginBytes } from './runtime_harness.mjs';

const u = (path) => `${BASE}${path}`;

test('modules next to the program, packages and relative imports', async () => {
  const { engine, requests } = await makeEngine({
    files: {
      [u('helpers.py')]: 'from pkg.sub import VALUE\ndef double(x):\n    return 2 * x + VALUE\n',
      [u('pkg/__init__.py')]: 'from .sub import VALUE\nfrom . import other\n',
      [u('pkg/sub.py')]: 'VALUE = 40\n',
      [u('pkg/other.py')]: 'from .sub import VALUE as V\nNAME = "other" + str(V)\n',
    },
  });
  const { out } = await run(engine, 'import sys, math\nimport helpers\nimport pkg\nprint(helpers.double(1), pkg.other.NAME)');
  assert.equal(out, '42 other40\n');
  assert.ok(!requests.some((r) => /sys|math/.test(r)), 'built-in modules are never fetched');
  assert.equal(requests.filter((r) => r === u('packages.json')).length, 1);
  // A second run: bytes are cached in the worker, the missing manifest is remembered.
  const before = requests.length;
  assert.equal((await run(engine, 'import helpers\nprint(helpers.double(0))')).out, '40\n');
  assert.equal(requests.length, before);
});

test('an import that resolves nowhere is the VM\'s ModuleNotFoundError', async () => {
  const { engine } = await makeEngine();
  await assert.rejects(run(engine, 'import nothere'), (error) => {
    assert.match(error.message, /ModuleNotFoundError: No module named 'nothere'$/);
    assert.match(error.traceback, /^Traceback/);
    return true;
  });
});

test('bare names: defaults < createWorker imports < packages.json; unused entries are never fetched', async () => {
  const files = {
    [u('packages.json')]: JSON.stringify({ imports: { calc: './lib/calc.py', shadow: './proj.py' }, host: { ui: './ui.js' } }),
    [u('lib/calc.py')]: 'from util import K\ndef add(a, b):\n    return a + b + K\n',
    [u('lib/packages.json')]: JSON.stringify({ imports: { util: './util.py' } }),
    [u('lib/util.py')]: 'K = 100\n',
    [u('proj.py')]: 'WHO = "project"\n',
    [u('user.py')]: 'WHO = "user"\n',
    [u('default.py')]: 'WHO = "default"\n',
  };
  const hostLoads = [];
  const { engine, requests } = await makeEngine({
    files,
    load: {
      defaultImports: { shadow: u('default.py'), lonely: u('default.py'), unused: u('never.py') },
      imports: { shadow: u('user.py'), lonely: u('user.py') },
    },
    loadHost: async (name, url) => {
      hostLoads.push([name, url]);
      return ['upper'];
    },
    hostCall: async (module, name, args) => `${module}.${name}:${args[0].toUpperCase()}`,
  });
  const { out } = await run(engine, 'import calc, shadow, lonely\nfrom ui import upper\nprint(calc.add(1, 2), shadow.WHO, lonely.WHO, upper("x"))');
  assert.equal(out, '103 project user ui.upper:X\n');
  assert.deepEqual(hostLoads, [['ui', u('ui.js')]]);
  assert.ok(!requests.includes(u('never.py')));
  assert.ok(!requests.includes(u('default.py')));
});

test('every module that cannot be fetched is listed in one error, with the https hints', async () => {
  const { engine } = await makeEngine({
    files: {
      [u('packages.json')]: JSON.stringify({
        imports: {
          plain: 'http://cdn.example.com/plain.py',
          bare: 'cdn.example.com/bare.wasm',
          gone: './gone.py',
          page: './page.wasm',
        },
      }),
      [u('page.wasm')]: { body: '<!doctype html>', type: 'text/html' },
    },
  });
  await assert.rejects(run(engine, 'import plain, bare, gone, page'), (error) => {
    assert.equal(error.message, [
      'could not pre-fetch every imported module:',
      "  'http://cdn.example.com/plain.py' uses http://; browsers block http subresources from an https page (mixed content), so the fetch never leaves. Use https:// (an SSL connection).",
      "  'cdn.example.com/bare.wasm' has no scheme, so it resolved as a path on your own origin. If it's a URL, prefix it with https://.",
      `  could not fetch module './gone.py' (404 Not Found for '${u('gone.py')}')`,
      `  could not fetch module './page.wasm' ('${u('page.wasm')}' served as 'text/html', not a wasm module)`,
    ].join('\n'));
    return true;
  });
});

test('a malformed wasm and a failing host module are listed too', async () => {
  const { engine } = await makeEngine({
    files: { [u('bad.wasm')]: new Uint8Array([0, 97, 115, 109, 9, 9]) },
    load: { imports: { bad: './bad.wasm' }, hostNames: { user: ['ui'], defaults: [] } },
    loadHost: async () => {
      throw new Error("no host module registered for 'ui'");
    },
  });
  await assert.rejects(run(engine, 'import bad\nimport ui'), (error) => {
    assert.match(error.message, /^could not pre-fetch every imported module:\n  '\.\/bad\.wasm' failed to load as a wasm module: .+\n  host 'ui' failed to load: no host module registered for 'ui'$/);
    return true;
  });
});

test('the built-in Path A loader and a custom capability loader', { skip: pluginBytes ? false : 'build/fixtures/plugin.wasm not built (node tests/browser/build_fixtures.mjs)' }, async () => {
  const { engine } = await makeEngine({ files: { [u('p.wasm')]: pluginBytes }, load: { imports: { plug: './p.wasm' } } });
  const { out } = await run(engine, 'import plug\nprint(plug.add(2, 3), plug.greet("x"), plug.answer, plug.kwargs_count(a=1))\ntry:\n    plug.fail("no")\nexcept ValueError as e:\n    print("ValueError", e)');
  assert.equal(out, '5 hello, x 42 1\nValueError no\n');
});

test('on an http page the real reason comes first; the http:// hint only follows a spec written with http://', async () => {
  const page = 'http://127.0.0.1:8000/page.html';
  const { engine } = await makeEngine({ load: { imports: { gone: '/py/gone.py', old: 'http://127.0.0.1:8000/old.py' }, pageBase: page } });
  await assert.rejects(run(engine, 'import gone, old', { baseUrl: page }), (error) => {
    assert.equal(error.message, [
      'could not pre-fetch every imported module:',
      "  could not fetch module '/py/gone.py' (404 Not Found for 'http://127.0.0.1:8000/py/gone.py')",
      "  could not fetch module 'http://127.0.0.1:8000/old.py' (404 Not Found for 'http://127.0.0.1:8000/old.py'). Note: 'http://127.0.0.1:8000/old.py' uses http://; browsers block http subresources from an https page (mixed content), so the fetch never leaves. Use https:// (an SSL connection).",
    ].join('\n'));
    return true;
  });
});

test('edge_decode reports the tag even when the guest buffer is too small', { skip: pluginBytes ? false : 'build/fixtures/plugin.wasm not built' }, async () => {
  const { engine } = await makeEngine({ files: { [u('p.wasm')]: pluginBytes }, load: { imports: { plug: './p.wasm' } } });
  const { out } = await run(engine, 'import plug\ntry:\n    plug.greet("x" * 1000)\nexcept ValueError as e:\n    print("ValueError", e)');
  assert.equal(out, 'ValueError name too long\n');
});
