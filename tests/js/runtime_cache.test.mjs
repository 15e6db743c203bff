// js/src/cache/memory.js and the lockfile logic of js/src/fetch.js: trust on first
// use, CAS hits without the network, and the drift error.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { MemoryCache } from '../../js/src/cache/memory.js';
import { fetchWithLockfile, verifyAndPin, IntegrityDriftError } from '../../js/src/fetch.js';
import { sha256Hex } from '../../js/src/specs.js';
import { fakeFetch } from './runtime_harness.mjs';

const enc = new TextEncoder();

test('the memory cache keeps bytes by hash and the lockfile by spec', async () => {
  const cache = await new MemoryCache().open();
  await cache.putBytes('h1', enc.encode('x'));
  assert.deepEqual(await cache.getBytes('h1'), enc.encode('x'));
  assert.equal(await cache.getBytes('nope'), null);
  await cache.saveLockfile(new Map([['https://a/x.py', 'h1']]));
  assert.deepEqual([...(await cache.loadLockfile())], [['https://a/x.py', 'h1']]);
  await cache.setVersion('v1');
  assert.equal(await cache.getVersion(), 'v1');
  await cache.clear();
  assert.equal(await cache.getBytes('h1'), null);
  assert.equal((await cache.loadLockfile()).size, 0);
});

test('first fetch pins the hash; later fetches come from the CAS', async () => {
  const cache = new MemoryCache();
  const lockfile = new Map();
  const files = { 'https://a/x.py': 'print(1)\n' };
  const { fetchImpl, requests } = fakeFetch(files);
  const ctx = { lockfile, cache, integrityActive: true, fetchImpl };
  const first = await fetchWithLockfile('https://a/x.py', ctx);
  assert.ok(first.ok && !first.fromCache);
  assert.equal(lockfile.get('https://a/x.py'), await sha256Hex(enc.encode('print(1)\n')));
  files['https://a/x.py'] = 'print(2)\n'; // the server changes; the CAS answers
  const second = await fetchWithLockfile('https://a/x.py', ctx);
  assert.ok(second.fromCache);
  assert.equal(new TextDecoder().decode(second.bytes), 'print(1)\n');
  assert.equal(requests.length, 1);
});

test('a changed body for a locked spec is an integrity drift naming both hashes', async () => {
  const lockfile = new Map([['https://a/x.py', 'aa'.repeat(32)]]);
  const bytes = enc.encode('evil');
  const remote = await sha256Hex(bytes);
  await assert.rejects(verifyAndPin('https://a/x.py', bytes, lockfile, new MemoryCache()), (error) => {
    assert.ok(error instanceof IntegrityDriftError);
    assert.equal(error.message, `[edge-python] integrity drift for 'https://a/x.py'\n  locked: sha256-${'aa'.repeat(32)}\n  remote: sha256-${remote}`);
    return true;
  });
  // Through fetchWithLockfile when the CAS lost the bytes:
  const { fetchImpl } = fakeFetch({ 'https://a/x.py': 'evil' });
  await assert.rejects(fetchWithLockfile('https://a/x.py', { lockfile, cache: new MemoryCache(), integrityActive: true, fetchImpl }), /integrity drift for 'https:\/\/a\/x.py'/);
});

test('failures are results, not throws; .wasm served as HTML is refused', async () => {
  const { fetchImpl } = fakeFetch({
    'https://a/x.wasm': { body: '<html>', type: 'text/html' },
    'https://a/down.py': new TypeError('Failed to fetch'),
  });
  const ctx = { lockfile: new Map(), cache: new MemoryCache(), integrityActive: true, fetchImpl };
  const html = await fetchWithLockfile('https://a/x.wasm', ctx);
  assert.equal(html.ok, false);
  assert.equal(html.reason, "'https://a/x.wasm' served as 'text/html', not a wasm module");
  const missing = await fetchWithLockfile('https://a/none.py', ctx);
  assert.equal(missing.status, 404);
  const down = await fetchWithLockfile('https://a/down.py', ctx);
  assert.equal(down.status, 0);
  assert.match(down.reason, /Failed to fetch/);
});
