// Fetching module bytes with integrity: a content-addressed store (sha256 hex ->
// bytes) plus a lockfile (spec -> sha256 hex), trust on first use.
//
// Invariants: with integrity active, a spec the lockfile knows is served from the
// CAS without touching the network; a fetched body whose hash differs from the locked
// one is refused with an "integrity drift" error naming the spec and both hashes;
// otherwise the first fetch pins the hash. Returns a result object instead of
// throwing for ordinary failures, so the prefetch can list them all at once.
import { sha256Hex, isWasmSpec } from './specs.js';

export class IntegrityDriftError extends Error {
  constructor(spec, locked, remote) {
    super(`[edge-python] integrity drift for '${spec}'\n  locked: sha256-${locked}\n  remote: sha256-${remote}`);
    this.name = 'IntegrityDriftError';
    this.spec = spec;
    this.locked = locked;
    this.remote = remote;
  }
}

// Checks fetched `bytes` of `spec` against the lockfile and records them: returns
// the hex hash, throws IntegrityDriftError on a mismatch. (Pure but for the cache.)
export async function verifyAndPin(spec, bytes, lockfile, cache) {
  const hash = await sha256Hex(bytes);
  const locked = lockfile.get(spec);
  if (locked && locked !== hash) throw new IntegrityDriftError(spec, locked, hash);
  if (cache) await cache.putBytes(hash, bytes);
  lockfile.set(spec, hash);
  return hash;
}

// ctx: {lockfile: Map, cache, integrityActive, fetchImpl}
// -> {ok: true, bytes, fromCache} | {ok: false, status, reason}
export async function fetchWithLockfile(url, ctx) {
  const { lockfile, cache, integrityActive } = ctx;
  const fetchImpl = ctx.fetchImpl ?? globalThis.fetch.bind(globalThis);
  if (integrityActive && lockfile.has(url)) {
    const cached = await cache.getBytes(lockfile.get(url));
    if (cached) return { ok: true, bytes: cached, fromCache: true };
  }
  let response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    return { ok: false, status: 0, reason: `could not fetch '${url}': ${error && error.message ? error.message : error}` };
  }
  if (!response.ok) {
    return { ok: false, status: response.status, reason: `${response.status} ${response.statusText || ''}`.trim() + ` for '${url}'` };
  }
  const type = (response.headers && response.headers.get && response.headers.get('content-type')) || '';
  if (isWasmSpec(url) && (type.includes('html') || type.startsWith('text/'))) {
    return { ok: false, status: response.status, reason: `'${url}' served as '${type}', not a wasm module` };
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (integrityActive) await verifyAndPin(url, bytes, lockfile, cache);
  return { ok: true, bytes, fromCache: false };
}
