// The engine: compiles compiler_lib.wasm once, creates a fresh instance per run (so
// VM state cannot leak between runs), prefetches and registers what the run imports,
// and drives the scheduler over the status word until the program ends.
//
// It knows nothing about postMessage: worker.js wires its delegates (main-thread host
// calls, lazy host loading, output) and js/cli.mjs-style hosts can drive it directly.
//
// Invariants: one run at a time (later runs queue behind it); a deferred host call is
// answered by its VM call id, exactly once, and only to the run that made it;
// events pushed before a run or before receive() are queued, never dropped.
import { STATUS, ERROR_KIND, BUFFER_SIZE as SOURCE_LIMIT_BYTES, statusKind, statusPayload } from '../abi_constants.js';
import { makeCompilerEnv, nowNs, errorText } from '../src/env.js';
import { NativeTable, loadNativeModule, builtinLoader } from '../src/native.js';
import { makeRt } from '../src/rt.js';
import { prefetch, lateModuleUrl, ResolutionTable, LAYER } from '../src/prefetch.js';
import { fetchWithLockfile, verifyAndPin } from '../src/fetch.js';
import { MemoryCache } from '../src/cache/memory.js';
import { asFolder, resolveSpec, utf8, HOST_PREFIX } from '../src/specs.js';

const decoder = new TextDecoder('utf-8');

// Yields to the event loop without the 4 ms clamp nested setTimeouts get, so queued
// messages (pushEvent, host-call answers) land between preemption slices.
function yieldToEventLoop() {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function sleepMs(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// A synchronous GET (allowed in workers): bytes, or null for any failure.
function syncFetchXhr(url) {
  if (typeof XMLHttpRequest !== 'function') return null;
  try {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url, false);
    xhr.responseType = 'arraybuffer';
    xhr.send();
    return xhr.status >= 200 && xhr.status < 300 ? new Uint8Array(xhr.response) : null;
  } catch {
    return null;
  }
}

function nextFrame() {
  if (typeof requestAnimationFrame === 'function') return new Promise((resolve) => requestAnimationFrame(() => resolve()));
  return sleepMs(16);
}

export class RunError extends Error {
  constructor(message, fields) {
    super(message);
    this.name = fields.kind === 'exit' ? 'SystemExit' : 'PythonError';
    Object.assign(this, fields);
  }
}

export class Engine {
  // delegates: {hostCall(module, name, args) -> Promise, loadHost(name, url) -> Promise<names>,
  //             onOutput(text) (only when streaming), warn(message), fetchImpl}
  constructor(delegates = {}) {
    this.delegates = delegates;
    this.wasmModule = null;
    this.cache = null;
    this.integrity = true;
    this.integrityActive = false;
    this.loaders = [];
    this.defaultImports = {};
    this.userImports = {};
    this.hostNames = { defaults: [], user: [] };
    this.eager = new Map(); // name -> export names (mainThreadModules)
    this.fetched = new Map(); // url -> bytes, for this worker's lifetime
    this.knownMissing = new Set();
    this.hostExports = new Map(); // 'name url' -> function names the page reported
    this.pendingEvents = [];
    this.preemptInterval = 0;
    this.chain = Promise.resolve();
    this.active = null; // the run in progress
    this.disposed = false;
    this.runCounter = 0;
  }

  warn(message) {
    (this.delegates.warn ?? ((m) => console.warn(m)))(message);
  }

  // opts: {wasmUrl | wasmBytes, integrity, loaders: [url], imports, defaultImports,
  //        hostNames: {defaults, user}, eager: {name: [exports]}, version, preemptInterval}
  async load(opts = {}) {
    const t0 = performance.now();
    this.integrity = opts.integrity !== false;
    this.version = opts.version ?? null;
    // Fetching and compiling the wasm is the longest step and needs neither the cache
    // nor the loaders, so it runs while they are opened and imported.
    const compiling = compileWasm(opts, this.delegates.fetchImpl);
    compiling.catch(() => {}); // observed below; this only avoids an early unhandled rejection
    await this.openCache(this.version);
    this.defaultImports = opts.defaultImports ?? {};
    this.userImports = opts.imports ?? {};
    this.pageBase = opts.pageBase ?? null; // what createWorker's `imports` are relative to
    this.hostNames = { defaults: opts.hostNames?.defaults ?? [], user: opts.hostNames?.user ?? [] };
    this.eager = new Map(Object.entries(opts.eager ?? {}));
    this.preemptInterval = opts.preemptInterval ?? 0;
    for (const [url, text] of Object.entries(opts.preloaded ?? {})) this.fetched.set(url, utf8(String(text)));
    this.loaders = [];
    const modules = await Promise.all((opts.loaders ?? []).map((url) => import(url)));
    for (const [i, mod] of modules.entries()) {
      const url = opts.loaders[i];
      const loader = mod.default;
      if (!loader || typeof loader.match !== 'function' || typeof loader.load !== 'function') {
        throw new Error(`loader '${url}' has no default export {match, load}`);
      }
      this.loaders.push(loader);
    }
    this.wasmModule = await compiling;
    const loadMs = performance.now() - t0;
    return { integrityActive: this.integrityActive, loadMs };
  }

  async openCache(version) {
    this.cache = new MemoryCache();
    this.integrityActive = false;
    if (!this.integrity) return;
    try {
      const { IdbCache } = await import('../src/cache/idb.js');
      this.cache = await new IdbCache().open();
      this.integrityActive = true;
    } catch {
      this.warn('[edge-python] integrity:true requested but IndexedDB unavailable; running with in-memory cache. Check worker.integrityActive to detect.');
      this.cache = new MemoryCache();
      return;
    }
    // Without a version the cache persists across page loads; a different version
    // pins a new deploy: drop everything cached for the old one.
    if (version !== null) {
      const stored = await this.cache.getVersion();
      if (stored !== version) {
        await this.cache.clear();
        await this.cache.setVersion(version);
      }
    }
  }

  // Queues behind the run in progress.
  run(opts) {
    const next = this.chain.then(() => this.runNow(opts));
    this.chain = next.catch(() => {});
    return next;
  }

  async runNow({ src, entryDir = '', baseUrl, filename = 'main.py', stream = false }) {
    if (this.disposed) throw new Error('worker disposed');
    if (!this.wasmModule) throw new Error('the engine is not loaded (call load first)');
    src = String(src);
    const srcBytes = utf8(src);
    if (srcBytes.length > SOURCE_LIMIT_BYTES) throw new Error(`source exceeds ${SOURCE_LIMIT_BYTES} bytes (${srcBytes.length})`);
    const runId = ++this.runCounter;
    const run = {
      id: runId,
      out: '',
      stream,
      captured: [], // deferred host calls captured during the last export call
      completed: [], // host calls answered, waiting for delivery
      inflight: 0,
      wake: null,
      cancelled: null,
    };
    this.active = run;
    const lockfile = this.integrityActive ? await this.cache.loadLockfile().catch(() => new Map()) : new Map();
    const lockSize = lockfile.size;
    const nativeTable = new NativeTable();
    let exports = null;
    const getExports = () => exports;
    const rt = makeRt(getExports);
    const env = makeCompilerEnv({
      getExports,
      nativeTable,
      rt,
      files: new Map(),
      onPrint: (text) => {
        run.out += text;
        if (run.stream && this.delegates.onOutput) this.delegates.onOutput(text.endsWith('\n') ? text.slice(0, -1) : text);
      },
      captureHostCall: (callId, entry, args) => run.captured.push({ callId, entry, args }),
      // Submodules named only in a from-list: fetched synchronously when the VM asks,
      // pinned in the lockfile after the run.
      fetchLate: (vmPath) => {
        if (!resolved) return null;
        // The VM prefixes the main program's folder (a `filename` such as 'app/main.py').
        const folder = filename.includes('/') ? filename.slice(0, filename.lastIndexOf('/') + 1) : '';
        if (folder && !vmPath.startsWith(folder)) return null;
        const url = lateModuleUrl(vmPath.slice(folder.length), resolved);
        if (!url || this.knownMissing.has(url)) return null;
        let bytes = this.fetched.get(url) ?? null;
        if (!bytes) {
          bytes = (this.delegates.syncFetch ?? syncFetchXhr)(url);
          if (!bytes) {
            this.knownMissing.add(url);
            return null;
          }
          this.fetched.set(url, bytes);
          latePins.push([url, bytes]);
        }
        return bytes;
      },
    });
    let resolved = null;
    const latePins = [];
    try {
      const instance = await WebAssembly.instantiate(this.wasmModule, { env });
      exports = instance.exports;
      if (exports._initialize) exports._initialize();
      const withText = (text, fn) => {
        const bytes = utf8(text);
        const ptr = exports.wasm_alloc(Math.max(1, bytes.length));
        new Uint8Array(exports.memory.buffer).set(bytes, ptr);
        try {
          return fn(ptr, bytes.length);
        } finally {
          exports.wasm_free(ptr, Math.max(1, bytes.length));
        }
      };
      withText(filename, (p, n) => exports.set_main_path(p, n));
      const registerNativeNames = (name, names, entries) => {
        const baseId = nativeTable.add(entries);
        withText(name, (sp, sn) => withText(names.join('\n'), (np, nn) => exports.register_native_module(sp, sn, np, nn, baseId)));
      };
      for (const [name, names] of this.eager) {
        registerNativeNames(HOST_PREFIX + name, names, names.map((fn) => ({ kind: 'main', module: name, name: fn })));
      }

      // The resolution table of this run, lowest layer first.
      const table = new ResolutionTable();
      const page = baseUrl ?? (globalThis.location ? globalThis.location.href : 'file:///');
      const base = asFolder(resolveSpec(entryDir || '.', page));
      table.addManifest({ imports: this.defaultImports }, base, LAYER.DEFAULT);
      for (const name of this.hostNames.defaults) table.set(name, hostEntry(name, LAYER.DEFAULT));
      table.addManifest({ imports: this.userImports }, this.pageBase ?? page, LAYER.USER);
      for (const name of this.hostNames.user) table.set(name, hostEntry(name, LAYER.USER));
      for (const name of this.eager.keys()) table.set(name, hostEntry(name, LAYER.EAGER));

      const fetchCtx = { lockfile, cache: this.cache, integrityActive: this.integrityActive, fetchImpl: this.delegates.fetchImpl };
      const t0 = performance.now();
      resolved = await prefetch(src, {
        base,
        secure: page.startsWith('https:'),
        table,
        knownMissing: this.knownMissing,
        extractImports: (text) => {
          const bytes = utf8(text);
          new Uint8Array(exports.memory.buffer).set(bytes, exports.src_ptr());
          const n = exports.extract_imports(bytes.length);
          if (n < 0) return null;
          return decoder.decode(new Uint8Array(exports.memory.buffer, exports.out_ptr(), n).slice());
        },
        fetchBytes: async (url) => {
          const hit = this.fetched.get(url);
          if (hit) return { ok: true, bytes: hit };
          const result = await fetchWithLockfile(url, fetchCtx);
          if (result.ok) this.fetched.set(url, result.bytes);
          return result;
        },
        registerCode: (vmPath, text) => withText(vmPath, (sp, sn) => withText(text, (tp, tn) => exports.register_code_module(sp, sn, tp, tn))),
        registerNative: async (name, url, bytes) => {
          const { names, entries } = await loadNativeModule(url, bytes, {
            compilerExports: exports,
            rt,
            fetchedSources: this.fetched,
            loaders: [...this.loaders, builtinLoader],
          });
          registerNativeNames(name, names, entries);
        },
        registerHost: async (name, hostUrl) => {
          if (!this.delegates.loadHost) throw new Error('no main thread to load host modules from');
          const key = `${name} ${hostUrl ?? ''}`;
          if (!this.hostExports.has(key)) this.hostExports.set(key, await this.delegates.loadHost(name, hostUrl));
          const names = this.hostExports.get(key);
          registerNativeNames(HOST_PREFIX + name, names, names.map((fn) => ({ kind: 'main', module: name, name: fn })));
        },
        isEager: (name) => this.eager.has(name),
      });
      const prefetchMs = performance.now() - t0;

      if (this.preemptInterval > 0) exports.set_preempt_interval(this.preemptInterval);
      new Uint8Array(exports.memory.buffer).set(srcBytes, exports.src_ptr());
      const t1 = performance.now();
      const outcome = await this.drive(exports, rt, run, srcBytes.length);
      const ms = performance.now() - t1;
      if (this.integrityActive) {
        for (const [url, bytes] of latePins) {
          await verifyAndPin(url, bytes, lockfile, this.cache).catch((error) => this.warn(error.message));
        }
        if (lockfile.size !== lockSize || latePins.length) await this.cache.saveLockfile(lockfile).catch(() => {});
      }
      return finish(outcome, run.out, ms, prefetchMs);
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) {
        throw new RunError(`compiler_lib.wasm trapped (${error.message}); the run was abandoned`, { kind: 'trap', out: run.out });
      }
      throw error;
    } finally {
      if (this.active === run) this.active = null;
    }
  }

  async drive(exports, rt, run, len) {
    let status = exports.run_start(len);
    for (;;) {
      this.startHostCalls(run, rt);
      const kind = statusKind(status);
      const payload = statusPayload(status);
      if (kind === STATUS.DONE) return { kind: 'done' };
      if (kind === STATUS.ERROR) return { kind: 'error', text: readOut(exports, payload) };
      if (kind === STATUS.EXIT) {
        return { kind: 'exit', code: payload & 0xff, text: readOut(exports, payload >>> 8) };
      }
      if (run.cancelled) throw new Error(run.cancelled);
      const ready = () => this.pendingEvents.length > 0 || run.completed.length > 0 || run.cancelled;
      switch (kind) {
        case STATUS.PENDING_TIMER: {
          const waitMs = Number(exports.last_yield_deadline_ns() - nowNs()) / 1e6;
          if (waitMs > 0 && !ready()) await this.waitFor(run, sleepMs(Math.ceil(waitMs)));
          break;
        }
        case STATUS.PENDING_FRAME:
          await nextFrame();
          break;
        case STATUS.PENDING_HOST_CALL:
          if (run.inflight === 0 && !ready()) {
            throw new Error('compiler_lib.wasm waits for a host call this runtime never started (runtime and wasm are out of sync)');
          }
          if (!ready()) await this.waitFor(run, null);
          break;
        case STATUS.PENDING_EVENT:
          if (!ready()) await this.waitFor(run, null);
          break;
        case STATUS.PREEMPTED:
          await yieldToEventLoop();
          break;
        default:
          throw new Error(`compiler_lib.wasm returned an unknown status word 0x${(status >>> 0).toString(16)}`);
      }
      if (run.cancelled) throw new Error(run.cancelled);
      this.deliverHostResults(exports, rt, run);
      this.deliverEvents(exports);
      status = exports.run_resume();
    }
  }

  // Waits for `promise` (or forever when null) or until an event / host answer arrives.
  waitFor(run, promise) {
    const wake = new Promise((resolve) => {
      run.wake = resolve;
    });
    return Promise.race(promise ? [promise, wake] : [wake]).finally(() => {
      run.wake = null;
    });
  }

  wakeRun() {
    if (this.active && this.active.wake) this.active.wake();
  }

  // Runs every call captured since the last status concurrently; each answer is
  // queued for delivery by call id.
  startHostCalls(run, rt) {
    const calls = run.captured.splice(0);
    for (const call of calls) {
      run.inflight++;
      const settle = (ok, value) => {
        run.inflight--;
        if (this.active !== run) return; // the run ended (or was reset) meanwhile
        run.completed.push({ callId: call.callId, ok, value, call });
        if (run.wake) run.wake();
      };
      let promise;
      try {
        if (!this.delegates.hostCall) throw new Error('no main thread to answer host calls');
        promise = Promise.resolve(this.delegates.hostCall(call.entry.module, call.entry.name, call.args));
      } catch (error) {
        promise = Promise.reject(error);
      }
      promise.then((value) => settle(true, value), (error) => settle(false, error));
    }
  }

  deliverHostResults(exports, rt, run) {
    for (const { callId, ok, value, call } of run.completed.splice(0)) {
      let rc;
      if (ok) {
        let handle = 0;
        try {
          handle = rt.encodeAny(value === undefined ? null : value);
        } catch (error) {
          rc = exports.set_host_error_by_id(callId, ERROR_KIND.TYPE, rt.encodeStr(`${call.entry.module}.${call.entry.name}() returned a value that cannot cross to Python: ${errorText(error)}`));
        }
        if (handle !== 0) rc = exports.set_host_result_by_id(callId, handle);
      } else {
        const type = value && typeof value === 'object' && value.pythonType;
        const message = type ? `${type}: ${errorText(value)}` : errorText(value);
        rc = exports.set_host_error_by_id(callId, type ? ERROR_KIND.CUSTOM : ERROR_KIND.RUNTIME, rt.encodeStr(message));
      }
      // 2: nobody waits any more (the coroutine was cancelled) -- not an error.
      if (rc !== 0 && rc !== 2) this.warn(`[edge-python] host-call ${callId} delivery returned ${rc} for '${call.entry.module}.${call.entry.name}'`);
    }
  }

  deliverEvents(exports) {
    while (this.pendingEvents.length > 0) {
      const bytes = utf8(this.pendingEvents[0]);
      const ptr = exports.wasm_alloc(Math.max(1, bytes.length));
      new Uint8Array(exports.memory.buffer).set(bytes, ptr);
      const rc = exports.run_push_event(ptr, bytes.length);
      exports.wasm_free(ptr, Math.max(1, bytes.length));
      if (rc === 1) return; // no run in progress: keep it for the next one
      this.pendingEvents.shift();
      if (rc === 2) this.warn('[edge-python] dropped an event that is not valid UTF-8');
    }
  }

  // Fire-and-forget: queued, then delivered when the run next resumes.
  pushEvent(message) {
    if (this.disposed) return;
    this.pendingEvents.push(String(message));
    this.wakeRun();
  }

  // Forget modules and queued events; a run in progress is stopped.
  async reset() {
    if (this.active) {
      this.active.cancelled = 'the run was stopped by reset()';
      this.wakeRun();
    }
    this.pendingEvents = [];
    this.knownMissing.clear();
    this.hostExports.clear();
  }

  async clearCache() {
    this.fetched.clear();
    this.knownMissing.clear();
    this.hostExports.clear();
    if (this.cache) {
      await this.cache.clear();
      if (this.integrityActive && this.version !== null) await this.cache.setVersion(this.version);
    }
  }

  dispose() {
    if (this.active) {
      this.active.cancelled = 'worker disposed';
      this.wakeRun();
    }
    this.disposed = true;
    this.cache?.close?.();
    this.wasmModule = null;
  }
}

function hostEntry(name, layer) {
  return { raw: HOST_PREFIX + name, url: HOST_PREFIX + name, layer, hostUrl: null };
}

function readOut(exports, len) {
  return decoder.decode(new Uint8Array(exports.memory.buffer, exports.out_ptr(), len).slice());
}

function finish(outcome, out, ms, prefetchMs) {
  // A normal end is exit status 0, as for python3 (SystemExit(0) is reported as DONE).
  if (outcome.kind === 'done') return { out, ms, prefetchMs, exitCode: 0 };
  if (outcome.kind === 'exit') {
    const message = outcome.text ? outcome.text.replace(/\n$/, '') : `SystemExit: ${outcome.code}`;
    throw new RunError(message, { kind: 'exit', exitCode: outcome.code, traceback: outcome.text, out });
  }
  throw new RunError(outcome.text.replace(/\n$/, ''), { kind: 'error', traceback: outcome.text, out });
}

// Compiles compiler_lib.wasm: streaming where the platform has it (the body is
// re-wrapped as application/wasm so a mislabelled server still works).
async function compileWasm(opts, fetchImpl = globalThis.fetch && globalThis.fetch.bind(globalThis)) {
  if (opts.wasmBytes) return WebAssembly.compile(opts.wasmBytes);
  const url = String(opts.wasmUrl);
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`fetch failed for '${url}' (${response.status})`);
  if (typeof WebAssembly.compileStreaming === 'function' && typeof Response === 'function') {
    return WebAssembly.compileStreaming(new Response(response.body, { headers: { 'Content-Type': 'application/wasm' } }));
  }
  return WebAssembly.compile(await response.arrayBuffer());
}
