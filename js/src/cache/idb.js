// IndexedDB cache backend: database `edgepython` with two object stores, `cas`
// (sha256 hex -> bytes) and `lockfile` (spec -> sha256 hex). The version key of
// createWorker({version}) is stored in `lockfile` under the sentinel key '\0v' (real
// specs never contain NUL). Invariant: the cache persists across page loads; only a
// different `version` (or clearCache()) empties it.
export const DB_NAME = 'edgepython';
const VERSION_KEY = '\0v';

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export class IdbCache {
  constructor(name = DB_NAME) {
    this.name = name;
    this.db = null;
    this.persistent = true;
  }

  async open() {
    if (typeof indexedDB === 'undefined') throw new Error('indexedDB is not available');
    const req = indexedDB.open(this.name, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('cas')) db.createObjectStore('cas');
      if (!db.objectStoreNames.contains('lockfile')) db.createObjectStore('lockfile');
    };
    this.db = await request(req);
    return this;
  }

  store(name, mode = 'readonly') {
    return this.db.transaction(name, mode).objectStore(name);
  }

  async getBytes(hash) {
    const value = await request(this.store('cas').get(hash));
    return value ? new Uint8Array(value) : null;
  }

  async putBytes(hash, bytes) {
    await request(this.store('cas', 'readwrite').put(bytes, hash));
  }

  async loadLockfile() {
    const store = this.store('lockfile');
    const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    const map = new Map();
    keys.forEach((k, i) => {
      if (k !== VERSION_KEY) map.set(k, values[i]);
    });
    return map;
  }

  async saveLockfile(entries) {
    const tx = this.db.transaction('lockfile', 'readwrite');
    const store = tx.objectStore('lockfile');
    for (const [spec, hash] of entries) store.put(hash, spec);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }

  async clear() {
    const tx = this.db.transaction(['cas', 'lockfile'], 'readwrite');
    tx.objectStore('cas').clear();
    tx.objectStore('lockfile').clear();
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }

  async getVersion() {
    return (await request(this.store('lockfile').get(VERSION_KEY))) ?? null;
  }

  async setVersion(version) {
    await request(this.store('lockfile', 'readwrite').put(version, VERSION_KEY));
  }

  close() {
    this.db?.close();
  }
}
