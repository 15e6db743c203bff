// A plugin written against the C SDK (std/sdk/edge_plugin.h, docs/plugin-abi.md),
// built with emcc and imported by a Python program through `node js/cli.mjs`, which
// loads it with the runtime's own Path A loader (js/src/native.js): values of every
// tag both ways, the kwargs slot, __const_ attributes, edge_op (len, items, method
// calls, calling a Python function) and errors raised into Python.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildPlugin } from '../browser/build_fixtures.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const wasmOut = resolve(root, 'build/fixtures/textkit.wasm');
let dir;

before(() => {
  buildPlugin(resolve(root, 'tests/plugins/textkit.c'), wasmOut);
  dir = mkdtempSync(join(tmpdir(), 'edge-plugin-'));
  copyFileSync(wasmOut, join(dir, 'textkit.wasm'));
  writeFileSync(join(dir, 'packages.json'), JSON.stringify({ imports: { textkit: './textkit.wasm' } }));
});

after(() => rmSync(dir, { recursive: true, force: true }));

function run(source) {
  writeFileSync(join(dir, 'main.py'), source);
  const r = spawnSync('node', [resolve(root, 'js/cli.mjs'), 'main.py'], { cwd: dir, encoding: 'utf8' });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

test('the plugin only imports the six edge_* functions and exports the ABI surface', async () => {
  const { readFileSync } = await import('node:fs');
  const module = new WebAssembly.Module(readFileSync(wasmOut));
  const imports = WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`).sort();
  assert.deepEqual(imports, ['env.edge_decode', 'env.edge_encode', 'env.edge_op', 'env.edge_release',
    'env.edge_take_error', 'env.edge_throw']);
  const exports = WebAssembly.Module.exports(module).map((e) => e.name);
  for (const name of ['memory', '__edge_alloc', '__edge_free', '__edge_abi_version', 'slugify', '__const_ANSWER']) {
    assert.ok(exports.includes(name), `exports ${name}`);
  }
});

test('values cross both ways; kwargs, constants and edge_op work', () => {
  const r = run([
    'import textkit',
    'from textkit import slugify, add, scale, apply, checked_sqrt',
    'print(textkit.VERSION, textkit.ANSWER)',
    'print(slugify("Hello, World! Edge 2026"))',
    'print(add(2, 40), add(-5, 3), add(2**62, 2**62 - 1))',
    'print(scale([1, 2.5, 3]), scale((1, 2), 10), scale([1, 2], factor=0.5))',
    'print(apply(lambda x: x * 3, "ab"), apply(len, {"a": 1}))',
    'print(checked_sqrt(2.0), checked_sqrt(0))',
    '',
  ].join('\n'));
  assert.equal(r.err, '');
  assert.equal(r.status, 0);
  assert.equal(r.out, [
    '1.0 42',
    'hello-world-edge-2026',
    '42 -2 9223372036854775807',
    '[2.0, 5.0, 6.0] [10.0, 20.0] [0.5, 1.0]',
    'ababab 1',
    '1.4142135623730951 0.0',
    '',
  ].join('\n'));
});

test('errors from the plugin raise in Python with their kind and message', () => {
  const r = run([
    'from textkit import add, scale, apply, checked_sqrt',
    'cases = [lambda: checked_sqrt(-1), lambda: checked_sqrt(float("nan")), lambda: add(1),',
    '         lambda: add("a", 1), lambda: add(2**70, 1), lambda: scale([1, "x"]),',
    '         lambda: apply(lambda x: 1 / x, 0)]',
    'for case in cases:',
    '    try:',
    '        print("no error", case())',
    '    except Exception as e:',
    '        print(type(e).__name__, e)',
    'add("unhandled", 1)',
    '',
  ].join('\n'));
  assert.equal(r.out, [
    'ValueError math domain error',
    'ArithmeticError nan has no square root',
    'TypeError add() takes 2 positional arguments but 1 was given',
    'TypeError a must be an int',
    'ValueError a does not fit in 64 bits',
    'TypeError every item must be a number',
    'ZeroDivisionError division by zero',
    '',
  ].join('\n'));
  assert.equal(r.status, 1);
  assert.match(r.err, /line 10, in <module>\n {4}add\("unhandled", 1\)\nTypeError: a must be an int\n$/);
});

