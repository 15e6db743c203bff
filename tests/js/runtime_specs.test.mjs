// js/src/specs.js: the spec helpers the prefetch and the CLI share.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  dirOf, parentDir, resolveSpec, schemeHint, parseImportLines, resolveRelativeName, vmPathCandidates,
  dottedPrefixes, isWasmSpec, isHostSpec, hasScheme, sha256Hex, SOURCE_LIMIT,
} from '../../js/src/specs.js';
import { BUFFER_SIZE } from '../../js/abi_constants.js';

test('folders of specs', () => {
  assert.equal(dirOf('lib/util.py'), 'lib/');
  assert.equal(dirOf('util.py'), '');
  assert.equal(dirOf('https://h/a/b.py?x=/y'), 'https://h/a/');
  assert.equal(parentDir('a/b/'), 'a/');
  assert.equal(parentDir('a/'), '');
  assert.equal(parentDir(''), null);
  assert.equal(parentDir('https://h/a/'), 'https://h/');
  assert.equal(parentDir('https://h/'), null);
});

test('resolution keeps absolute URLs and mt: specs, joins the rest', () => {
  assert.equal(resolveSpec('https://cdn/x.wasm', 'https://h/a/'), 'https://cdn/x.wasm');
  assert.equal(resolveSpec('mt:dom', 'https://h/a/'), 'mt:dom');
  assert.equal(resolveSpec('./x.py', 'https://h/a/main.py'), 'https://h/a/x.py');
  assert.equal(resolveSpec('../../../x.py', 'https://h/a/'), 'https://h/x.py');
  assert.ok(hasScheme('file:///x') && !hasScheme('mt:dom') && isHostSpec('mt:dom'));
  assert.ok(isWasmSpec('a/b.wasm') && isWasmSpec('a/b.wasm?v=1') && !isWasmSpec('a/wasm.py'));
});

test('the https hints of unfetchable specs (exact wording)', () => {
  assert.equal(
    schemeHint('http://cdn.example.com/json.wasm'),
    "'http://cdn.example.com/json.wasm' uses http://; browsers block http subresources from an https page (mixed content), so the fetch never leaves. Use https:// (an SSL connection).",
  );
  assert.equal(
    schemeHint('cdn.example.com/json.wasm'),
    "'cdn.example.com/json.wasm' has no scheme, so it resolved as a path on your own origin. If it's a URL, prefix it with https://.",
  );
  assert.equal(schemeHint('./json.wasm'), null);
  assert.equal(schemeHint('json.wasm'), null);
  assert.equal(schemeHint('https://cdn.example.com/json.wasm'), null);
});

test('extract_imports lines and relative names', () => {
  assert.deepEqual(parseImportLines('b\ta.b\nr\t2\tx\nr\t1\t\n'), [
    { level: 0, name: 'a.b' }, { level: 2, name: 'x' }, { level: 1, name: '' },
  ]);
  assert.equal(resolveRelativeName('pkg.sub.mod', false, 2, 'x'), 'pkg.x');
  assert.equal(resolveRelativeName('pkg', true, 1, 'sub'), 'pkg.sub');
  assert.equal(resolveRelativeName('pkg', true, 1, ''), 'pkg');
  assert.equal(resolveRelativeName('__main__', false, 1, 'x'), null);
  assert.equal(resolveRelativeName('pkg.mod', false, 3, 'x'), null);
  assert.deepEqual(vmPathCandidates('a.b'), ['a/b.py', 'a/b/__init__.py']);
  assert.deepEqual(dottedPrefixes('a.b.c'), ['a', 'a.b', 'a.b.c']);
});

test('sha256 and the source limit', async () => {
  assert.equal(await sha256Hex(new TextEncoder().encode('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.equal(SOURCE_LIMIT, BUFFER_SIZE);
});
