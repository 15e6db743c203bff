#!/usr/bin/env node
// Measures the browser runtime in headless Chromium (Debian's, through playwright-core)
// against the test server on 127.0.0.1, and prints medians. It measures; it asserts
// nothing about speed.
//
//   loadMs          createWorker's own figure: fetch + compile compiler_lib.wasm
//   cold start      from createWorker() to the first print() line of the first run,
//                   in a fresh browser context (nothing cached)
//   warm run        a second run('print(1)') on the same worker (new instance, no fetch)
//   host call       one round trip of a sync main-thread handler called from Python
//                   (worker -> page -> worker), averaged over a loop of calls
//   gathered call   the same handler called by N coroutines under gather(): the calls
//                   are in flight together, so the cost per call drops
//
//   node bench/runtime.mjs [--rounds N] [--calls N]
import { startServer } from '../tests/browser/server.mjs';
import { launch, ensureWasm, RUNTIME, CHROMIUM } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROUNDS = option('--rounds', 5);
const CALLS = option('--calls', 500);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measureOnce(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url('/tests/browser/fixtures/blank.html'));
  const result = await page.evaluate(
    async ({ runtime, calls }) => {
      const { createWorker } = await import(runtime);
      const t0 = performance.now();
      let firstLine = null;
      const worker = await createWorker({
        integrity: false,
        mainThreadModules: { echo: { ping: (x) => x } },
      });
      worker.onOutput(() => {
        if (firstLine === null) firstLine = performance.now();
      });
      await worker.run('print("hello")');
      const cold = firstLine - t0;
      const tw = performance.now();
      await worker.run('print(1)');
      const warm = performance.now() - tw;
      worker.onOutput(null);
      // Sequential round trips: each call parks the module body until the page answers.
      const seq = await worker.run(`from echo import ping\nfor i in range(${calls}):\n    ping(i)\n`);
      // The same number of calls from coroutines under gather(): answered in batches.
      const par = await worker.run(
        `from echo import ping\nasync def one(i):\n    return ping(i)\n` +
          `r = gather(*[one(i) for i in range(${calls})])\nassert r == list(range(${calls}))\n`,
      );
      worker.dispose();
      return { loadMs: worker.loadMs, cold, warm, seqPerCall: seq.ms / calls, parPerCall: par.ms / calls };
    },
    { runtime: RUNTIME, calls: CALLS },
  );
  await context.close();
  return result;
}

async function main() {
  ensureWasm();
  const server = await startServer();
  const browser = await launch();
  const rows = [];
  try {
    for (let i = 0; i < ROUNDS; i++) {
      rows.push(await measureOnce(browser, server));
      process.stderr.write(`  round ${i + 1}/${ROUNDS}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const version = (await import('node:child_process')).execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  console.log(`${version}, headless; ${ROUNDS} rounds, ${CALLS} calls per host-call figure; medians`);
  const show = (label, key, digits = 1) => console.log(`${label.padEnd(34)} ${median(rows.map((r) => r[key])).toFixed(digits).padStart(9)} ms`);
  show('loadMs (fetch + compile wasm)', 'loadMs');
  show('cold start to first output', 'cold');
  show('warm run (print(1))', 'warm');
  show('host call round trip (sequential)', 'seqPerCall', 3);
  show(`host call under gather (${CALLS} at once)`, 'parPerCall', 3);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
