// Builds the Path A plugin fixtures (tests/browser/fixtures/plugin/plugin.c) with
// Debian's emcc into build/fixtures/ (gitignored). The tests call ensureFixtures() in a
// `before` hook; it rebuilds only when a .wasm is missing or older than its sources.
//
//   node tests/browser/build_fixtures.mjs        build (or rebuild with --force)
//
//   build/fixtures/plugin.wasm      the plain plugin (built-in Path A loader)
//   build/fixtures/marked.wasm      + __fixture_marker     (custom wasmpdk loader fixture)
//   build/fixtures/capability.wasm  + __capability_marker  (custom capability loader fixture)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const source = resolve(here, 'fixtures/plugin/plugin.c');
export const FIXTURE_DIR = resolve(root, 'build/fixtures');

const VARIANTS = [
  { out: 'plugin.wasm', defines: [] },
  { out: 'marked.wasm', defines: ['-DMARKED'] },
  { out: 'capability.wasm', defines: ['-DCAPABILITY'] },
];

// Compiles one plugin source against the SDK (std/sdk) into `out` with Debian's emcc.
export function buildPlugin(source, out, defines = []) {
  mkdirSync(dirname(out), { recursive: true });
  execFileSync(
    'emcc',
    [
      '-O2', '--no-entry', '-sSTANDALONE_WASM', '-sERROR_ON_UNDEFINED_SYMBOLS=0', '-sWARN_ON_UNDEFINED_SYMBOLS=0',
      '-sINITIAL_MEMORY=1MB', '-sTOTAL_STACK=64KB',
      ...defines, '-I', resolve(root, 'std/sdk'), source, '-o', out,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_PATH: process.env.NODE_PATH || '/usr/share/nodejs' } },
  );
}

export function ensureFixtures({ force = false } = {}) {
  const built = [];
  // Stale when the fixture or the SDK headers it includes changed.
  const inputs = [source, resolve(root, 'std/sdk/edge_plugin.h'), resolve(root, 'std/sdk/edge_abi.h')];
  const newest = Math.max(...inputs.map((f) => statSync(f).mtimeMs));
  for (const v of VARIANTS) {
    const out = resolve(FIXTURE_DIR, v.out);
    if (!force && existsSync(out) && statSync(out).mtimeMs >= newest) continue;
    buildPlugin(source, out, v.defines);
    built.push(out);
  }
  return built;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const built = ensureFixtures({ force: process.argv.includes('--force') });
  console.log(built.length ? built.join('\n') : 'fixtures are up to date');
}
