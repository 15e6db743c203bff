// The module's actual imports and exports must be exactly the ones docs/embedding.md
// documents (the tables under "## Imports" and "## Exports"), and the generated JS
// constants must match vm/abi.def.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { STATUS, statusKind, statusPayload } from '../../js/abi_constants.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const wasmPath = resolve(root, 'build/wasm/compiler_lib.wasm');
const doc = readFileSync(resolve(root, 'docs/embedding.md'), 'utf8');

// Names in the first column of the table that follows `heading`.
function documentedNames(heading) {
  const start = doc.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `docs/embedding.md has a "${heading}" section`);
  const rest = doc.slice(start + heading.length + 2);
  const end = rest.search(/\n## /);
  const section = end >= 0 ? rest.slice(0, end) : rest;
  const names = [];
  for (const line of section.split('\n')) {
    const m = line.match(/^\| `([^`]+)` \|/);
    if (m) names.push(m[1]);
  }
  assert.ok(names.length > 0, `the "${heading}" table is not empty`);
  return names.sort();
}

const module = new WebAssembly.Module(readFileSync(wasmPath));

test('imports are exactly the documented ones, all in module env', () => {
  const actual = WebAssembly.Module.imports(module);
  for (const i of actual) assert.equal(i.module, 'env', `import ${i.module}.${i.name} must be in env`);
  assert.deepEqual(actual.map((i) => i.name).sort(), documentedNames('## Imports'));
});

test('exports are exactly the documented ones', () => {
  const actual = WebAssembly.Module.exports(module).map((e) => e.name).sort();
  assert.deepEqual(actual, documentedNames('## Exports'));
});

test('status constants agree with the documented table', () => {
  assert.equal(STATUS.DONE, 0);
  assert.equal(STATUS.ERROR, 4);
  assert.equal(STATUS.EXIT, 6);
  const word = (STATUS.EXIT << 29) | 3 | (10 << 8);
  assert.equal(statusKind(word), STATUS.EXIT);
  assert.equal(statusPayload(word) & 0xff, 3);
  assert.equal(statusPayload(word) >>> 8, 10);
});
