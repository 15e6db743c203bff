// In-memory cache backend: the CAS (sha256 hex -> bytes) and the lockfile (spec ->
// sha256 hex) for one worker. Same async API as cache/idb.js, so callers never care
// which backend they hold. Invariant: nothing outlives the worker.
export class MemoryCache {
  constructor() {
    this.cas = new Map();
    this.lock = new Map();
    this.version = null;
    this.persistent = false;
  }
  async open() {
    return this;
  }
  async getBytes(hash) {
    return this.cas.get(hash) ?? null;
  }
  async putBytes(hash, bytes) {
    this.cas.set(hash, bytes);
  }
  async loadLockfile() {
    return new Map(this.lock);
  }
  async saveLockfile(entries) {
    for (const [spec, hash] of entries) this.lock.set(spec, hash);
  }
  async clear() {
    this.cas.clear();
    this.lock.clear();
  }
  async getVersion() {
    return this.version;
  }
  async setVersion(version) {
    this.version = version;
  }
  close() {}
}
