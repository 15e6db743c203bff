// The Node runner (js/cli.mjs) over compiler_lib.wasm: output, exit statuses, stderr,
// imports, and clear errors for bad invocations. Each test runs a real program.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = resolve(root, 'js/cli.mjs');

function runPython(files, main = 'main.py', args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'edge-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const r = spawnSync(process.execPath, [cli, join(dir, main), ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, dir };
}

test('prints and exits 0', () => {
  const r = runPython({ 'main.py': 'print("hi", 2 ** 70)\nprint("a", "b", sep="-", end="!\\n")\n' });
  assert.equal(r.code, 0);
  assert.equal(r.out, 'hi 1180591620717411303424\na-b!\n');
  assert.equal(r.err, '');
});

test('an uncaught exception prints a traceback and exits 1', () => {
  const r = runPython({ 'main.py': 'def f():\n    return 1 / 0\nprint("before")\nf()\n' });
  assert.equal(r.code, 1);
  assert.equal(r.out, 'before\n');
  assert.match(r.err, /^Traceback \(most recent call last\):\n/);
  assert.match(r.err, /File ".*main\.py", line 4, in <module>\n    f\(\)\n/);
  assert.match(r.err, /line 2, in f\n    return 1 \/ 0\n/);
  assert.match(r.err, /ZeroDivisionError: division by zero\n$/);
});

test('SystemExit sets the exit status', () => {
  assert.equal(runPython({ 'main.py': 'raise SystemExit(3)\n' }).code, 3);
  const r = runPython({ 'main.py': 'raise SystemExit("bye")\n' });
  assert.equal(r.code, 1);
  assert.equal(r.err, 'bye\n');
});

test('a syntax error is reported with its location', () => {
  const r = runPython({ 'main.py': 'x = (1,\nprint(x\n' });
  assert.equal(r.code, 1);
  assert.match(r.err, /File ".*main\.py", line \d+/);
  assert.match(r.err, /SyntaxError: /);
});

test('imports modules and packages next to the script', () => {
  const r = runPython({
    'main.py': 'import util\nfrom pkg import helper\nfrom pkg.sub import value\nprint(util.twice(21), helper(), value)\n',
    'util.py': 'def twice(x):\n    return 2 * x\n',
    'pkg/__init__.py': 'from .inner import helper\n',
    'pkg/inner.py': 'def helper():\n    return "helped"\n',
    'pkg/sub.py': 'value = [1, 2]\n',
  });
  assert.equal(r.err, '');
  assert.equal(r.out, '42 helped [1, 2]\n');
  assert.equal(r.code, 0);
});

test('a missing module is a ModuleNotFoundError', () => {
  const r = runPython({ 'main.py': 'import nowhere\n' });
  assert.equal(r.code, 1);
  assert.match(r.err, /ModuleNotFoundError: No module named 'nowhere'\n$/);
});

test('a missing file is a clear error with status 2', () => {
  const r = spawnSync(process.execPath, [cli, '/nonexistent/x.py'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /can't open file '\/nonexistent\/x\.py'/);
});

test('deep recursion raises RecursionError instead of crashing', () => {
  const r = runPython({ 'main.py': 'def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print("caught", e)\n' });
  assert.equal(r.err, '');
  assert.equal(r.out, 'caught maximum recursion depth exceeded\n');
});
