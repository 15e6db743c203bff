// The public API: createWorker(opts) spawns the engine in a module Web Worker and
// returns a proxy (run, onOutput, reset, clearCache, pushEvent, dispose). Main-thread
// host modules live here: the worker asks for a call, this side runs the handler.
//
// Invariants: every request resolves or rejects exactly once (dispose and a worker
// crash reject what is pending); after dispose() every method rejects with
// "worker disposed"; host modules given by URL are import()ed only when a run first
// imports them.
import { MSG, errorToMessage, messageToError } from './protocol.js';
import { DEFAULT_IMPORTS, DEFAULT_HOST } from './defaults.js';

const WORKER_URL = new URL('../worker/worker.js', import.meta.url);
export const DEFAULT_WASM_URL = new URL('../compiler_lib.wasm', import.meta.url).href;

// A module worker for the runtime: direct when same-origin, else through a
// same-origin Blob that import()s the runtime and buffers messages meanwhile.
function spawnWorker() {
  const sameOrigin = typeof location === 'undefined' || WORKER_URL.origin === location.origin;
  if (sameOrigin) return new Worker(WORKER_URL, { type: 'module' });
  const source = `(${crossOriginBootstrap.toString()})(${JSON.stringify(WORKER_URL.href)});`;
  const blobUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(blobUrl, { type: 'module' });
  setTimeout(() => URL.revokeObjectURL(blobUrl), 0);
  return worker;
}

// Runs inside the Blob worker (stringified: it must not close over anything).
function crossOriginBootstrap(workerUrl) {
  const buffered = [];
  const hold = (event) => buffered.push(event.data);
  self.addEventListener('message', hold);
  import(workerUrl).then(
    () => {
      self.removeEventListener('message', hold);
      for (const data of buffered) self.dispatchEvent(new MessageEvent('message', { data }));
    },
    (error) => {
      self.removeEventListener('message', hold);
      self.postMessage({ type: 'error', error: { message: `worker bootstrap failed: ${error && error.message ? error.message : error}` } });
    },
  );
}

function toUrl(value, base) {
  return new URL(String(value), base).href;
}

function pageBase() {
  if (typeof document !== 'undefined' && document.baseURI) return document.baseURI;
  if (typeof location !== 'undefined') return location.href;
  return undefined;
}

export async function createWorker(opts = {}) {
  const {
    wasmUrl = DEFAULT_WASM_URL,
    integrity = true,
    imports = null,
    loaders = [],
    mainThreadModules = {},
    hostModules = {},
    defaults = true,
    version = null,
    preemptInterval = 100000,
    // Internal (the element): {url: text} of manifests already fetched, so the worker
    // does not fetch them again.
    preloaded = {},
  } = opts;
  const base = pageBase();
  const worker = spawnWorker();
  let counter = 0;
  const pending = new Map();
  let outputHandler = null;
  let disposed = false;
  let fatal = null;
  const handlers = new Map(); // 'module:fn' -> handler
  // Host module URLs: the embedder's hostModules win over a packages.json `host`
  // entry (the URL the worker passes along), which wins over the defaults.
  const hostUrls = {};
  for (const [name, url] of Object.entries(hostModules ?? {})) hostUrls[name] = toUrl(url, base);
  const defaultHostUrls = defaults ? DEFAULT_HOST : {};
  const hostLoads = new Map(); // name -> Promise<export names>

  const rejectAll = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  const send = (type, payload = {}) => {
    if (disposed) return Promise.reject(new Error('worker disposed'));
    if (fatal) return Promise.reject(fatal);
    const reqId = ++counter;
    return new Promise((resolve, reject) => {
      pending.set(reqId, { resolve, reject });
      worker.postMessage({ type, reqId, ...payload });
    });
  };

  const pushEvent = (message) => {
    if (disposed) return;
    worker.postMessage({ type: MSG.PUSH_EVENT, message: String(message) });
  };

  const installHandlers = (name, value) => {
    const table = typeof value === 'function' ? value({ pushEvent }) : value;
    if (!table || typeof table !== 'object') throw new Error(`host module '${name}' produced no handlers object`);
    const names = [];
    for (const [fn, handler] of Object.entries(table)) {
      if (typeof handler !== 'function') continue;
      handlers.set(`${name}:${fn}`, handler);
      names.push(fn);
    }
    return names;
  };

  // Eager main-thread modules: factories / objects given in memory.
  const eager = {};
  try {
    for (const [name, value] of Object.entries(mainThreadModules ?? {})) eager[name] = installHandlers(name, value);
  } catch (error) {
    worker.terminate();
    throw error;
  }

  const loadHostModule = (name, manifestUrl) => {
    if (!hostLoads.has(name)) {
      const url = hostUrls[name] ?? (manifestUrl ? toUrl(manifestUrl, base) : null) ?? defaultHostUrls[name] ?? null;
      const loading = (async () => {
        if (!url) throw new Error(`no host module registered for '${name}'`);
        const mod = await import(url);
        const factory = mod[name] ?? mod.default;
        if (factory === undefined) throw new Error(`'${url}' exports neither '${name}' nor a default`);
        return installHandlers(name, factory);
      })();
      hostLoads.set(name, loading);
      loading.catch(() => hostLoads.delete(name));
    }
    return hostLoads.get(name);
  };

  const reply = (type, reqId, work, field) => {
    Promise.resolve()
      .then(work)
      .then(
        (value) => worker.postMessage({ type, reqId, [field]: value }),
        (error) => worker.postMessage({ type, reqId, error: errorToMessage(error) }),
      )
      .catch((error) => worker.postMessage({ type, reqId, error: errorToMessage(error) }));
  };

  worker.onmessage = (event) => {
    const data = event.data ?? {};
    switch (data.type) {
      case MSG.OUTPUT:
        if (outputHandler) outputHandler(data.text);
        return;
      case MSG.HOST_CALL:
        reply(MSG.HOST_CALL_RESPONSE, data.reqId, () => {
          const handler = handlers.get(`${data.module}:${data.name}`);
          if (!handler) throw new Error(`no main-thread handler for '${data.module}.${data.name}'`);
          return handler(...(data.args ?? []));
        }, 'value');
        return;
      case MSG.LOAD_HOST:
        reply(MSG.LOAD_HOST_RESPONSE, data.reqId, () => loadHostModule(data.name, data.url), 'exports');
        return;
      default: {
        const entry = pending.get(data.reqId);
        if (!entry) {
          if (data.type === MSG.ERROR) {
            fatal = messageToError(data.error ?? { message: 'worker error' });
            rejectAll(fatal);
          }
          return;
        }
        pending.delete(data.reqId);
        if (data.type === MSG.ERROR) entry.reject(messageToError(data.error ?? { message: 'worker error' }));
        else entry.resolve(data.result);
      }
    }
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    fatal = new Error(event.message || 'worker error');
    rejectAll(fatal);
  };

  // imports keep their spelling (error hints quote the spec as written); the worker
  // resolves them against the page.
  const userImports = {};
  for (const [name, spec] of Object.entries(imports ?? {})) userImports[name] = String(spec);
  const loaderUrls = (loaders ?? []).map((url) => toUrl(url, base));

  let loaded;
  try {
    loaded = await send(MSG.LOAD, {
      opts: {
        wasmUrl: toUrl(wasmUrl, base),
        integrity,
        imports: userImports,
        pageBase: base,
        defaultImports: defaults ? { ...DEFAULT_IMPORTS } : {},
        hostNames: {
          defaults: defaults ? Object.keys(DEFAULT_HOST).filter((n) => !(n in (hostModules ?? {}))) : [],
          user: Object.keys(hostModules ?? {}),
        },
        eager,
        loaders: loaderUrls,
        version,
        preemptInterval,
        preloaded,
      },
    });
  } catch (error) {
    worker.terminate();
    throw error;
  }

  const onWindowEvent = (event) => {
    if (typeof event.detail === 'string') pushEvent(event.detail);
    else if (event.detail !== undefined && event.detail !== null) pushEvent(JSON.stringify(event.detail));
  };
  if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
    window.addEventListener('edge-python-event', onWindowEvent);
  }

  return {
    integrityActive: loaded.integrityActive,
    loadMs: loaded.loadMs,
    run(src, runOpts = {}) {
      const baseUrl = runOpts.baseUrl !== undefined ? toUrl(runOpts.baseUrl, base) : base;
      return send(MSG.RUN, {
        src: String(src),
        entryDir: runOpts.entryDir ?? '',
        baseUrl,
        filename: runOpts.filename ?? 'main.py',
        stream: outputHandler !== null,
      });
    },
    onOutput(handler) {
      outputHandler = typeof handler === 'function' ? handler : null;
    },
    reset: () => send(MSG.RESET),
    clearCache: () => send(MSG.CLEAR_CACHE),
    // Direct calls after dispose() fail; the copy handed to host factories stays
    // silent (a listener may outlive the worker).
    pushEvent(message) {
      if (disposed) throw new Error('worker disposed');
      pushEvent(message);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      try {
        worker.postMessage({ type: MSG.DISPOSE });
      } catch {}
      worker.terminate();
      rejectAll(new Error('worker disposed'));
      if (typeof window !== 'undefined' && typeof window.removeEventListener === 'function') {
        window.removeEventListener('edge-python-event', onWindowEvent);
      }
    },
    get disposed() {
      return disposed;
    },
  };
}
