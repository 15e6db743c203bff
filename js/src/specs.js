// Spec helpers shared by the browser runtime, the prefetch and js/cli.mjs.
//
// A "spec" is what a manifest or the runtime names a module by. Canonical specs are
// absolute URLs (https:, http:, file:, blob:, data:); they key the fetched-bytes
// cache, the lockfile and the CAS. Host modules are `mt:<name>`. The VM itself never
// sees URLs: it imports dotted names, and code modules are registered under the
// path the VM looks for (`a/b.py`, `a/b/__init__.py`, relative to the main program's
// folder), see vmPathCandidates.

// Mirrors the 1 MiB input buffer of compiler_lib.wasm (BUFFER_SIZE in abi_constants.js).
import { BUFFER_SIZE } from '../abi_constants.js';

export const SOURCE_LIMIT = BUFFER_SIZE;
export const HOST_PREFIX = 'mt:';

// Modules built into compiler_lib.wasm (vm/modules/registry.cpp): the VM finds them
// before any registered or fetched module, so the prefetch never looks for them.
export const BUILTIN_MODULES = new Set(['sys', 'math']);

const encoder = new TextEncoder();

export function utf8(text) {
  return encoder.encode(text);
}

// Lowercase hex SHA-256 of `bytes` (WebCrypto; Node 18+ has it as globalThis.crypto).
export async function sha256Hex(bytes) {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function hasScheme(spec) {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(spec) && !spec.startsWith(HOST_PREFIX);
}

export function isHostSpec(spec) {
  return typeof spec === 'string' && spec.startsWith(HOST_PREFIX);
}

// Everything up to and including the last '/', or '' (a URL keeps its query out).
export function dirOf(spec) {
  const clean = spec.split(/[?#]/)[0];
  const i = clean.lastIndexOf('/');
  return i < 0 ? '' : clean.slice(0, i + 1);
}

// The folder above `dir` ('a/b/' -> 'a/', 'https://h/a/' -> 'https://h/'), or null at
// the top ('' or a scheme root such as 'https://h/').
export function parentDir(dir) {
  if (!dir) return null;
  const trimmed = dir.endsWith('/') ? dir.slice(0, -1) : dir;
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/]*$/.test(trimmed) || trimmed === '' || /^[a-z]+:$/.test(trimmed)) return null;
  const i = trimmed.lastIndexOf('/');
  return i < 0 ? '' : trimmed.slice(0, i + 1);
}

// Resolves `target` against `base` the way the page would: absolute URLs and `mt:`
// specs are kept; anything else is joined with the URL algorithm (so '..' clamps at
// the origin). `base` must be an absolute URL.
export function resolveSpec(target, base) {
  if (isHostSpec(target)) return target;
  if (hasScheme(target)) return target;
  return new URL(target, base).href;
}

// Ensures a folder URL ends with '/'.
export function asFolder(url) {
  return url.endsWith('/') ? url : `${url}/`;
}

// The files the VM tries for dotted `name` (vm/api.cpp find_module_in_folder).
export function vmPathCandidates(name) {
  const rel = name.split('.').join('/');
  return [`${rel}.py`, `${rel}/__init__.py`];
}

// Every prefix of a dotted name, shortest first: the VM imports 'a', then 'a.b', ...
export function dottedPrefixes(name) {
  const parts = name.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

// The absolute name of a relative import (`from ..x import y` in module `pkg.sub.mod`
// is level 2, name 'x' -> 'pkg.x'), or null when it climbs past the top (the VM then
// raises ImportError itself). `isPackage`: the importer is an __init__.py.
export function resolveRelativeName(importer, isPackage, level, name) {
  let parts = importer ? importer.split('.') : [];
  if (!isPackage) parts = parts.slice(0, -1);
  if (parts.length === 0) return null;
  for (let i = 1; i < level; i++) {
    if (parts.length <= 1) return null;
    parts = parts.slice(0, -1);
  }
  return name ? [...parts, name].join('.') : parts.join('.');
}

// Parses extract_imports' output: 'b\t<dotted>' and 'r\t<level>\t<dotted>' lines.
export function parseImportLines(text) {
  const out = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const fields = line.split('\t');
    if (fields[0] === 'b') out.push({ level: 0, name: fields[1] ?? '' });
    else if (fields[0] === 'r') out.push({ level: Number(fields[1]), name: fields[2] ?? '' });
  }
  return out;
}

// The hint shown for a spec that could not be fetched, or null (wording from the
// original runtime; tests match it).
export function schemeHint(spec) {
  if (spec.startsWith('http://')) {
    return `'${spec}' uses http://; browsers block http subresources from an https page (mixed content), so the fetch never leaves. Use https:// (an SSL connection).`;
  }
  if (!hasScheme(spec) && !isHostSpec(spec) && !spec.startsWith('.') && !spec.startsWith('/')) {
    const first = spec.split('/')[0];
    if (first.includes('.') && spec.includes('/')) {
      return `'${spec}' has no scheme, so it resolved as a path on your own origin. If it's a URL, prefix it with https://.`;
    }
  }
  return null;
}

export function isWasmSpec(spec) {
  return /\.wasm($|[?#])/.test(spec);
}
