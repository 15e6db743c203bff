// js/cli.mjs on the runtime's shared modules: relative imports and from-list
// submodules resolved by the prefetch, and a Path A plugin named in a packages.json
// beside the script, loaded by the runtime's native loader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { root, pluginPath, pluginBytes } from './runtime_harness.mjs';

const cli = resolve(root, 'js/cli.mjs');

function project(files) {
  const dir = mkdtempSync(join(tmpdir(), 'edge-cli-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

test('relative imports and submodules named in a from-list', () => {
  const dir = project({
    'main.py': 'import pkg\nfrom pkg import other\nprint(pkg.V, other.W)\n',
    'pkg/__init__.py': 'from .sub import V\n',
    'pkg/sub.py': 'V = 1\n',
    'pkg/other.py': 'W = 2\n',
  });
  assert.equal(execFileSync('node', [cli, join(dir, 'main.py')], { encoding: 'utf8' }), '1 2\n');
});

test('a .wasm plugin from packages.json', { skip: pluginBytes ? false : 'build/fixtures/plugin.wasm not built' }, () => {
  const dir = project({
    'main.py': 'import plug\nprint(plug.add(40, 2), plug.greet("cli"))\n',
    'packages.json': JSON.stringify({ imports: { plug: './lib/plugin.wasm' } }),
  });
  mkdirSync(join(dir, 'lib'));
  copyFileSync(pluginPath, join(dir, 'lib/plugin.wasm'));
  assert.equal(execFileSync('node', [cli, join(dir, 'main.py')], { encoding: 'utf8' }), '42 hello, cli\n');
});

test('a module the manifest names but that is missing stops before the run', () => {
  const dir = project({
    'main.py': 'print("never")\nimport gone\n',
    'packages.json': JSON.stringify({ imports: { gone: './gone.py' } }),
  });
  assert.throws(() => execFileSync('node', [cli, join(dir, 'main.py')], { encoding: 'utf8', stdio: 'pipe' }), (error) => {
    assert.equal(error.status, 1);
    assert.equal(error.stdout, '');
    assert.match(error.stderr, /could not pre-fetch every imported module:\n  could not fetch module '.\/gone.py' \(no such file: .*gone.py\)/);
    return true;
  });
});
