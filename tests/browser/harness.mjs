// Shared setup for the browser tests: Debian's Chromium, headless, driven by
// playwright-core, against servers this process starts on 127.0.0.1.
//
//   const env = await setup();            // one server + one browser per test file
//   const t = await env.open('/tests/browser/fixtures/blank.html');
//   await t.page.evaluate(...);            // t.console / t.errors collect what the page said
//   await env.teardown();
//
// Every open() gets a fresh browser context, so IndexedDB and caches start empty unless a
// test reuses the context on purpose (t.reopen(path) loads another page in the same one).
import { existsSync } from 'node:fs';
import { copyFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as nodeTest } from 'node:test';
import { chromium } from 'playwright-core';

import { startServer, REPO_ROOT } from './server.mjs';

export { REPO_ROOT };
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const BLANK = '/tests/browser/fixtures/blank.html';
export const RUNTIME = '/js/src/index.js';
export const ELEMENT = '/js/src/element.js';
export const WASM = '/js/compiler_lib.wasm';

/** Copies build/wasm/compiler_lib.wasm to js/ when the copy is missing or older. */
export function ensureWasm() {
  const built = resolve(REPO_ROOT, 'build/wasm/compiler_lib.wasm');
  const copy = resolve(REPO_ROOT, 'js/compiler_lib.wasm');
  if (!existsSync(built)) {
    if (existsSync(copy)) return copy;
    throw new Error('build/wasm/compiler_lib.wasm is missing: run `make build-wasm` first');
  }
  if (!existsSync(copy) || statSync(copy).mtimeMs < statSync(built).mtimeMs) copyFileSync(built, copy);
  return copy;
}

/** node:test's test() with a time limit, so a runtime that never answers fails instead of hanging. */
export const TEST_TIMEOUT = Number(process.env.BROWSER_TEST_TIMEOUT ?? 120000);
export function test(name, fn) {
  return nodeTest(name, { timeout: TEST_TIMEOUT }, fn);
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox'],
  });
}

/** Collects console messages and page errors of one page. */
export function watch(page) {
  const log = { console: [], errors: [] };
  // A worker's console messages may be reported on the page, on the worker, or both:
  // tests only ask whether some message matches.
  const push = (msg, where) => log.console.push({ type: msg.type(), text: msg.text(), where });
  page.on('console', (msg) => push(msg, 'page'));
  page.on('worker', (worker) => worker.on('console', (msg) => push(msg, 'worker')));
  page.on('pageerror', (err) => log.errors.push(err.message));
  return log;
}

export async function setup({ servers = 1 } = {}) {
  ensureWasm();
  const list = [];
  for (let i = 0; i < servers; i++) list.push(await startServer());
  const browser = await launch();
  const contexts = [];
  const pageErrors = []; // uncaught exceptions of every page: none is expected
  const env = {
    server: list[0],
    servers: list,
    browser,
    /** Opens `path` (on `server`, default the first) in a fresh context. */
    async open(path = BLANK, { server = list[0], context = null } = {}) {
      const ctx = context ?? (await browser.newContext());
      if (!context) contexts.push(ctx);
      const page = await ctx.newPage();
      const log = watch(page);
      page.on('pageerror', (err) => pageErrors.push(`${path}: ${err.message}`));
      const url = /^https?:/.test(path) ? path : server.url(path);
      await page.goto(url);
      return {
        page,
        context: ctx,
        console: log.console,
        errors: log.errors,
        warnings: () => log.console.filter((m) => m.type === 'warning').map((m) => m.text),
        consoleErrors: () => log.console.filter((m) => m.type === 'error').map((m) => m.text),
        /** Another page in the same context (shares IndexedDB with this one). */
        reopen: (p = path) => env.open(p, { server, context: ctx }),
      };
    },
    /** Fails when any page of this file had an uncaught exception or unhandled rejection. */
    async teardown() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close().catch(() => {});
      for (const s of list) await s.close();
      if (pageErrors.length) throw new Error(`uncaught errors in pages:\n  ${pageErrors.join('\n  ')}`);
    },
  };
  return env;
}

/**
 * Creates a worker inside the page and keeps it on window[name]. `opts` must be
 * JSON-serialisable; `mt` names exports of fixtures/mt.js used as mainThreadModules
 * ({pyName: exportName}). Returns {integrityActive, loadMs} or {error}.
 */
export async function boot(page, opts = {}, { name = 'w', mt = null, runtime = RUNTIME } = {}) {
  return page.evaluate(
    async ({ opts, name, mt, runtime }) => {
      const { createWorker } = await import(runtime);
      if (mt) {
        const fixtures = await import('/tests/browser/fixtures/mt.js');
        opts.mainThreadModules = {};
        for (const [py, exp] of Object.entries(mt)) opts.mainThreadModules[py] = fixtures[exp];
      }
      try {
        const w = await createWorker(opts);
        window[name] = w;
        window[name + 'Lines'] = [];
        return { integrityActive: w.integrityActive, loadMs: w.loadMs };
      } catch (e) {
        return { error: String(e && e.message ? e.message : e) };
      }
    },
    { opts, name, mt, runtime },
  );
}

/**
 * Runs `src` on window[name]; returns {out, ms, lines} or {error} (the rejection's message).
 * With `capture`, an onOutput handler collects the print() lines first.
 */
export async function run(page, src, { name = 'w', capture = false, runOpts = undefined } = {}) {
  return page.evaluate(
    async ({ src, name, capture, runOpts }) => {
      const w = window[name];
      const lines = [];
      if (capture) w.onOutput((line) => lines.push(line));
      try {
        const r = await w.run(src, runOpts);
        return { out: r.out, ms: r.ms, lines, keys: Object.keys(r) };
      } catch (e) {
        return { error: String(e && e.message ? e.message : e), lines };
      }
    },
    { src, name, capture, runOpts },
  );
}

export const DEDENT = (s) => {
  const lines = s.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
};

/** The text of onOutput chunks: one per print(), with or without its newline. */
export const textOf = (chunks) => chunks.map((c) => (c.endsWith('\n') ? c : `${c}\n`)).join('');
/** onOutput chunks as lines (a chunk's single trailing newline dropped). */
export const linesOf = (chunks) => chunks.map((c) => c.replace(/\n$/, ''));

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value; throws with `what` after `timeout` ms. */
export async function until(fn, what, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}
