// Shared by the runtime_*.test.mjs files: an Engine (js/worker/engine.js) in Node over
// the real compiler_lib.wasm, with a fake fetch serving a virtual file tree, so the
// prefetch, integrity and host-call paths run without a browser.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Engine } from '../../js/worker/engine.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const wasmBytes = readFileSync(resolve(root, 'build/wasm/compiler_lib.wasm'));
export const pluginPath = resolve(root, 'build/fixtures/plugin.wasm');
export const pluginBytes = existsSync(pluginPath) ? readFileSync(pluginPath) : null;

export const BASE = 'https://app.test/site/';

// files: {url: string | Uint8Array | {body, status, type}}; records every request.
export function fakeFetch(files) {
  const requests = [];
  const fetchImpl = async (url) => {
    requests.push(url);
    const entry = files[url];
    if (entry === undefined) return new Response('not found', { status: 404, statusText: 'Not Found' });
    if (entry instanceof Error) throw entry;
    const spec = typeof entry === 'object' && !(entry instanceof Uint8Array) ? entry : { body: entry };
    const type = spec.type ?? (url.endsWith('.wasm') ? 'application/wasm' : 'text/plain');
    return new Response(spec.body, { status: spec.status ?? 200, headers: { 'content-type': type } });
  };
  // The synchronous path (XMLHttpRequest in a worker) over the same files.
  const syncFetch = (url) => {
    requests.push(url);
    const entry = files[url];
    if (typeof entry === 'string') return new TextEncoder().encode(entry);
    return entry instanceof Uint8Array ? entry : null;
  };
  return { fetchImpl, syncFetch, requests };
}

// A loaded Engine. opts: files, hostCall, loadHost, load (extra load options).
export async function makeEngine({ files = {}, hostCall, loadHost, load = {}, warn } = {}) {
  const { fetchImpl, syncFetch, requests } = fakeFetch(files);
  const output = [];
  const warnings = [];
  const engine = new Engine({
    fetchImpl,
    syncFetch,
    hostCall,
    loadHost,
    onOutput: (line) => output.push(line),
    warn: warn ?? ((m) => warnings.push(m)),
  });
  await engine.load({ wasmBytes, integrity: false, ...load });
  return { engine, requests, output, warnings, files };
}

export function run(engine, src, opts = {}) {
  return engine.run({ src, baseUrl: BASE, ...opts });
}
