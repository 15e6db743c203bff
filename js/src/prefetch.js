// Lazy breadth-first prefetch: before a run, find the modules the program actually
// imports (the compiler lists them: extract_imports), resolve each name, fetch it and
// register it with the run's compiler instance. Only what a run imports is fetched.
//
// Resolution of a dotted name, per prefix ('a', then 'a.b', ...):
//   1. built into the VM (sys, math): nothing to do;
//   2. the resolution table, highest first: the embedder's mainThreadModules; the
//      project manifest (packages.json in the module folder, and what it `extends`);
//      createWorker's `imports` / hostModules; manifests found beside fetched library
//      modules (they only add names); the built-in defaults.
//      A `.wasm` target is a native module, `mt:<name>` a main-thread host module,
//      anything else Python source;
//   3. a file in the module folder, as the VM looks for it: a/b.py, a/b/__init__.py
//      (inside a package fetched from a URL: next to its __init__.py).
// A name that resolves nowhere is not an error here: the VM raises
// ModuleNotFoundError at the import, with CPython's wording.
//
// Invariant: every failure to fetch or register something the table names is
// collected, and the run is refused with ONE error listing each of them.
import {
  BUILTIN_MODULES, HOST_PREFIX, hasScheme, SOURCE_LIMIT, asFolder, dirOf, dottedPrefixes, isHostSpec, isWasmSpec,
  parseImportLines, resolveRelativeName, resolveSpec, schemeHint, utf8,
} from './specs.js';

export class PrefetchError extends Error {
  constructor(failures) {
    super(`could not pre-fetch every imported module:\n${failures.map((f) => `  ${f}`).join('\n')}`);
    this.name = 'PrefetchError';
    this.failures = failures;
  }
}

// Layers of the resolution table, lowest first.
export const LAYER = Object.freeze({ DEFAULT: 0, LIBRARY: 1, USER: 2, PROJECT: 3, EAGER: 4 });

// A resolution table: name -> {raw, url, layer, hostUrl?}. `set` keeps the entry of
// the higher (or equal, later) layer.
export class ResolutionTable {
  constructor() {
    this.map = new Map();
  }
  set(name, entry) {
    const old = this.map.get(name);
    if (old && old.layer > entry.layer) return;
    // Library manifests only add names: the first one to name something keeps it.
    if (old && old.layer === LAYER.LIBRARY && entry.layer === LAYER.LIBRARY) return;
    this.map.set(name, entry);
  }
  get(name) {
    return this.map.get(name);
  }
  // Adds `imports` (name -> spec) resolved against `base`, and `host` (name -> ESM
  // URL) as mt: entries.
  addManifest({ imports, host } = {}, base, layer) {
    for (const [name, raw] of Object.entries(imports ?? {})) {
      if (typeof raw !== 'string') continue;
      if (isHostSpec(raw)) this.set(name, { raw, url: raw, layer, hostUrl: null });
      else this.set(name, { raw, url: safeResolve(raw, base), layer });
    }
    for (const [name, raw] of Object.entries(host ?? {})) {
      if (typeof raw !== 'string') continue;
      this.set(name, { raw: HOST_PREFIX + name, url: HOST_PREFIX + name, layer, hostUrl: safeResolve(raw, base) });
    }
  }
}

function safeResolve(raw, base) {
  try {
    return resolveSpec(raw, base);
  } catch {
    return raw;
  }
}

// ctx:
//   base             absolute folder URL of the main program (modules are looked for here)
//   secure           the page is https (an http:// spec then fails as mixed content)
//   table            ResolutionTable seeded with defaults, user imports, eager hosts
//   knownMissing     Set of URLs that answered 404 (kept across runs)
//   extractImports(text) -> string | null   the compiler's import list (null: no parse)
//   fetchBytes(url) -> {ok, bytes, status, reason}   (cached; may throw on drift)
//   registerCode(vmPath, text)
//   registerNative(name, url, bytes)   async; throws with a reason
//   registerHost(name, hostUrl)        async; throws with a reason
//   isEager(name) -> bool              main-thread modules already registered
export async function prefetch(rootSrc, ctx) {
  const base = asFolder(ctx.base);
  const failures = [];
  const visited = new Set();
  const pkgDirs = new Map(); // package name fetched from a URL -> its folder URL
  const manifestsSeen = new Set();
  const queue = [];
  let projectLoaded = false;

  const decoder = new TextDecoder('utf-8');

  async function fetchManifest(url, sink) {
    if (ctx.knownMissing.has(url) || manifestsSeen.has(url)) return null;
    manifestsSeen.add(url);
    let result;
    try {
      result = await ctx.fetchBytes(url);
    } catch (error) {
      sink.push(error.message);
      return null;
    }
    if (!result.ok) {
      if (result.status === 404 || result.status === 0) ctx.knownMissing.add(url);
      return null;
    }
    try {
      const parsed = JSON.parse(decoder.decode(result.bytes));
      if (parsed && typeof parsed === 'object') return parsed;
    } catch (error) {
      sink.push(`'${url}' is not valid JSON: ${error.message}`);
    }
    return null;
  }

  // A manifest and what it `extends` (the extended ones first, so the manifest's own
  // entries win).
  async function loadManifest(url, layer, sink, depth = 0) {
    if (depth > 8) return;
    const manifest = await fetchManifest(url, sink);
    if (!manifest) return;
    const dir = dirOf(url);
    const ext = manifest.extends;
    for (const item of Array.isArray(ext) ? ext : ext ? [ext] : []) {
      if (typeof item !== 'string') continue;
      const target = item.endsWith('.json') ? resolveSpec(item, dir) : resolveSpec(`${asFolder(item)}packages.json`, dir);
      await loadManifest(target, layer, sink, depth + 1);
    }
    ctx.table.addManifest(manifest, dir, layer);
  }

  function scan(text, importer, isPackage, sink) {
    if (utf8(text).length > SOURCE_LIMIT) {
      sink.push(`module '${importer}' exceeds ${SOURCE_LIMIT} bytes`);
      return;
    }
    const listing = ctx.extractImports(text);
    if (listing === null) return; // a SyntaxError: the VM reports it at the import
    for (const ref of parseImportLines(listing)) {
      const name = ref.level === 0 ? ref.name : resolveRelativeName(importer, isPackage, ref.level, ref.name);
      if (!name) continue;
      for (const prefix of dottedPrefixes(name)) queue.push(prefix);
    }
  }

  async function registerSource(name, url, bytes, sink) {
    const isPackage = /\/__init__\.py$/.test(url.split(/[?#]/)[0]);
    const rel = name.split('.').join('/');
    const vmPath = isPackage ? `${rel}/__init__.py` : `${rel}.py`;
    const text = decoder.decode(bytes);
    ctx.registerCode(vmPath, text);
    if (isPackage) pkgDirs.set(name, dirOf(url));
    scan(text, name, isPackage, sink);
  }

  async function resolveEntry(name, entry, sink) {
    if (isHostSpec(entry.url)) {
      if (ctx.isEager(name)) return;
      try {
        await ctx.registerHost(name, entry.hostUrl ?? null);
      } catch (error) {
        sink.push(`host '${name}' failed to load: ${error.message}`);
      }
      return;
    }
    let result;
    try {
      result = await ctx.fetchBytes(entry.url);
    } catch (error) {
      sink.push(error.message);
      return;
    }
    if (!result.ok) {
      // The hint alone where it is the likely cause (an https page, an unanswered
      // request, a schemeless spec); the real reason first when the server answered.
      const hint = schemeHint(entry.raw);
      const plain = `could not fetch module '${entry.raw}' (${result.reason})`;
      if (!hint) sink.push(plain);
      else if (!entry.raw.startsWith('http://') || ctx.secure || result.status === 0) sink.push(hint);
      else sink.push(`${plain}. Note: ${hint}`);
      return;
    }
    if (isWasmSpec(entry.url)) {
      try {
        await ctx.registerNative(name, entry.url, result.bytes);
      } catch (error) {
        sink.push(`'${entry.raw}' failed to load as a wasm module: ${error.message}`);
      }
      return;
    }
    await registerSource(name, entry.url, result.bytes, sink);
    // A library's own manifest may name what it imports (it only adds names).
    const dir = dirOf(entry.url);
    if (dir !== base) await loadManifest(`${dir}packages.json`, LAYER.LIBRARY, sink);
  }

  // A module found as a file, the way the VM looks for it.
  async function resolveFile(name, sink) {
    const dot = name.lastIndexOf('.');
    const parent = dot < 0 ? null : name.slice(0, dot);
    const leaf = name.slice(dot + 1);
    const folder = parent !== null && pkgDirs.has(parent) ? `${pkgDirs.get(parent)}${leaf}` : `${base}${name.split('.').join('/')}`;
    for (const url of [`${folder}.py`, `${folder}/__init__.py`]) {
      if (ctx.knownMissing.has(url)) continue;
      let result;
      try {
        result = await ctx.fetchBytes(url);
      } catch (error) {
        sink.push(error.message);
        return;
      }
      if (result.ok) {
        await registerSource(name, url, result.bytes, sink);
        return;
      }
      if (result.status === 404 || result.status === 410) {
        ctx.knownMissing.add(url);
        continue;
      }
      sink.push(`could not fetch module '${name}' from '${url}' (${result.reason})`);
      return;
    }
  }

  async function resolve(name, sink) {
    const entry = ctx.table.get(name);
    if (entry) await resolveEntry(name, entry, sink);
    else await resolveFile(name, sink);
  }

  // Breadth-first in waves: the shallowest pending names are fetched concurrently
  // (a package is always resolved before its submodules, which need its folder).
  scan(rootSrc, '__main__', false, failures);
  while (queue.length > 0) {
    const pending = [...new Set(queue.splice(0))].filter((n) => !visited.has(n) && !BUILTIN_MODULES.has(n.split('.')[0]));
    if (pending.length === 0) break;
    if (!projectLoaded) {
      projectLoaded = true;
      await loadManifest(`${base}packages.json`, LAYER.PROJECT, failures);
    }
    const depth = (n) => n.split('.').length;
    const shallowest = Math.min(...pending.map(depth));
    const wave = pending.filter((n) => depth(n) === shallowest);
    queue.push(...pending.filter((n) => depth(n) !== shallowest));
    for (const name of wave) visited.add(name);
    // Failures are listed in import order, whatever order the fetches finish in.
    const sinks = wave.map(() => []);
    await Promise.all(wave.map((name, i) => resolve(name, sinks[i])));
    failures.push(...sinks.flat());
  }
  if (failures.length > 0) throw new PrefetchError(failures);
  return { visited, pkgDirs, base };
}

// The URL of a module the VM asks for late (host_fetch_bytes with a VM path such as
// 'pkg/mod.py'): a submodule named only in a from-list (`from pkg import mod`), which
// extract_imports cannot list. Inside a package fetched from a URL it is next to that
// package's __init__.py, else in the module folder. null for anything else.
export function lateModuleUrl(vmPath, { base, pkgDirs }) {
  const m = /^(.*?)(?:\/__init__)?\.py$/.exec(vmPath);
  if (!m || vmPath.includes('..') || hasScheme(vmPath)) return null;
  const name = m[1].split('/').join('.');
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null; // top-level modules were all resolved up front
  const parent = name.slice(0, dot);
  const rest = vmPath.slice(parent.length + 1);
  if (pkgDirs.has(parent)) return `${pkgDirs.get(parent)}${rest}`;
  return `${base}${vmPath}`;
}
