// The built-in base manifest: the official packages, resolvable by bare name without
// any packages.json. Std packages are worker-side .wasm plugins; host packages are
// main-thread ESM. URLs are relative to this runtime, so a checkout, a CDN copy and
// a vendored copy each serve their own.
//
// Invariant: entries are resolution-table rows, not downloads -- an unused default is
// never fetched. Lowest precedence; createWorker({defaults: false}) drops them.
const here = import.meta.url;

export const DEFAULT_STD = Object.freeze(['json', 're']);
export const DEFAULT_HOST_NAMES = Object.freeze(['dom', 'network', 'storage', 'time']);

// Bare name -> .wasm URL (worker side).
export const DEFAULT_IMPORTS = Object.freeze(
  Object.fromEntries(DEFAULT_STD.map((name) => [name, new URL(`../../std/${name}.wasm`, here).href])),
);

// Bare name -> ESM URL (main thread, import()ed on first use).
export const DEFAULT_HOST = Object.freeze(
  Object.fromEntries(DEFAULT_HOST_NAMES.map((name) => [name, new URL(`../../host/${name}/index.js`, here).href])),
);
