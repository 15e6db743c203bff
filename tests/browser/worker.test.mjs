// createWorker() and the Worker proxy: wasmUrl, run() (out, ms, errors, entryDir,
// baseUrl), onOutput, reset, clearCache, dispose, the source limit. Each test opens
// its own page in a fresh browser context.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';

import { test, setup, boot, run, linesOf, DEDENT, WASM } from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

test('wasmUrl: an explicit URL is fetched and the worker reports integrityActive and loadMs', async () => {
  env.server.resetLog();
  const { page } = await env.open();
  const info = await boot(page, { wasmUrl: WASM });
  assert.equal(info.error, undefined, info.error);
  assert.equal(typeof info.integrityActive, 'boolean');
  assert.equal(typeof info.loadMs, 'number');
  assert.ok(Number.isFinite(info.loadMs) && info.loadMs >= 0, `loadMs ${info.loadMs}`);
  assert.equal(env.server.requested(WASM), 1);
  const r = await run(page, 'print("hello from the worker")');
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, 'hello from the worker\n');
});

test('wasmUrl: defaults to compiler_lib.wasm beside the runtime (js/compiler_lib.wasm)', async () => {
  env.server.resetLog();
  const { page } = await env.open();
  const info = await boot(page, {});
  assert.equal(info.error, undefined, info.error);
  assert.equal(env.server.requested('/js/compiler_lib.wasm'), 1);
  const r = await run(page, 'print(6 * 7)');
  assert.equal(r.out, '42\n');
});

test('wasmUrl: a missing compiler makes createWorker reject naming the URL and status', async () => {
  const { page } = await env.open();
  const info = await boot(page, { wasmUrl: '/no/such/compiler_lib.wasm' });
  assert.ok(info.error, 'createWorker should reject');
  assert.match(info.error, /\/no\/such\/compiler_lib\.wasm/);
  assert.match(info.error, /404/);
});

test('run: resolves {out, ms}; out is stdout when no onOutput handler is set', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM });
  const r = await run(page, DEDENT(`
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    print("fib", fib(15))
    print("a", "b", sep="-", end="!\\n")
    print(2 ** 100)
  `));
  assert.equal(r.error, undefined, r.error);
  assert.deepEqual(r.keys.filter((k) => k === 'out' || k === 'ms').sort(), ['ms', 'out']);
  assert.equal(r.out, 'fib 610\na-b!\n1267650600228229401496703205376\n');
  assert.equal(typeof r.ms, 'number');
  assert.ok(r.ms >= 0);
  const empty = await run(page, 'x = 1');
  assert.equal(empty.out, '');
});

test('run: a Python error rejects with an Error whose message is the traceback', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM });
  const r = await run(page, 'print("before")\ndef f():\n    return 1 / 0\nf()\n');
  assert.ok(r.error, 'run should reject');
  assert.match(r.error, /^Traceback \(most recent call last\):/);
  assert.match(r.error, /line 3, in f/);
  assert.match(r.error, /ZeroDivisionError: division by zero\s*$/);
  const syntax = await run(page, 'def broken(:\n    pass\n');
  assert.match(syntax.error ?? '', /SyntaxError/);
  const exit = await run(page, 'raise SystemExit(0)');
  // a clean exit is not an error
  assert.equal(exit.error, undefined, exit.error);
  const details = await page.evaluate(async () => {
    const grab = (src) => window.w.run(src).then((r) => ({ resolved: r }), (e) => ({ message: e.message, traceback: e.traceback, out: e.out, exitCode: e.exitCode }));
    return {
      error: await grab('print("partial")\nraise KeyError("k")'),
      exit0: await grab('import sys\nprint("bye")\nsys.exit()'),
      exit3: await grab('raise SystemExit(3)'),
      exitMsg: await grab('import sys\nsys.exit("fatal: no config")'),
    };
  });
  assert.match(details.error.message, /KeyError: 'k'$/);
  assert.match(details.error.traceback, /^Traceback[\s\S]*KeyError: 'k'\n?$/);
  assert.equal(details.error.out, 'partial\n');
  assert.equal(details.exit0.resolved.out, 'bye\n');
  assert.equal(details.exit3.exitCode, 3);
  assert.match(details.exit3.message, /SystemExit: 3/);
  assert.equal(details.exitMsg.exitCode, 1);
  assert.match(details.exitMsg.message, /fatal: no config/);
  // the worker is still usable after errors
  const ok = await run(page, 'print("still alive")');
  assert.equal(ok.out, 'still alive\n');
});

test('run: sys.exit() / SystemExit(0) resolve with exitCode 0 (README)', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM });
  const r = await page.evaluate(async () => {
    const a = await window.w.run('import sys\nprint("bye")\nsys.exit()');
    const b = await window.w.run('raise SystemExit(0)');
    return { a: a.exitCode, b: b.exitCode, out: a.out };
  });
  assert.equal(r.out, 'bye\n');
  assert.equal(r.a, 0);
  assert.equal(r.b, 0);
});

test('run: every run gets a fresh VM (globals do not leak between runs)', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM });
  await run(page, 'leaked = 41');
  const r = await run(page, 'print(leaked + 1)');
  assert.match(r.error ?? '', /NameError: name 'leaked' is not defined/);
});

test('run: main is not auto-invoked; run(main()) drives it; the module body is a coroutine', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM });
  const notCalled = await run(page, 'async def main():\n    print("main ran")\n');
  assert.equal(notCalled.out, '');
  const called = await run(page, DEDENT(`
    async def main():
        sleep(0.01)
        print("main ran")
        return 7
    print("result", run(main()))
  `));
  assert.equal(called.error, undefined, called.error);
  assert.equal(called.out, 'main ran\nresult 7\n');
  const top = await run(page, 'sleep(0.01)\nframe()\nprint("top level slept")');
  assert.equal(top.error, undefined, top.error);
  assert.equal(top.out, 'top level slept\n');
});

test('run: a source over 1 MiB is refused', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM });
  const r = await page.evaluate(async () => {
    const src = `# ${'x'.repeat(1 << 20)}\nprint(1)\n`;
    try {
      await window.w.run(src);
      return 'resolved';
    } catch (e) {
      return e.message;
    }
  });
  assert.match(r, /source exceeds 1048576 bytes/);
});

test('onOutput: fires once per print() line, in order; a new handler replaces the old one', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM });
  const result = await page.evaluate(async () => {
    const first = [];
    const second = [];
    window.w.onOutput((line) => first.push(line));
    await window.w.run('for i in range(3):\n    print("line", i)\n');
    window.w.onOutput((line) => second.push(line));
    await window.w.run('print("x")\nprint("y", end="")\n');
    return { first, second };
  });
  // one call per print(), the one trailing newline removed
  assert.deepEqual(result.first, ['line 0', 'line 1', 'line 2']);
  assert.deepEqual(result.second, ['x', 'y']);
});

test('onOutput: out is the complete stdout with or without a handler; null removes the handler', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM });
  const r = await page.evaluate(async () => {
    const lines = [];
    window.w.onOutput((l) => lines.push(l));
    const withHandler = await window.w.run('print("a")\nprint("b", end="")\nprint("c")');
    window.w.onOutput(null);
    const without = await window.w.run('print("d")');
    return { lines, withOut: withHandler.out, withoutOut: without.out };
  });
  assert.equal(r.withOut, 'a\nbc\n');
  assert.deepEqual(r.lines, ['a', 'b', 'c']);
  assert.equal(r.withoutOut, 'd\n');
});

test('onOutput: lines stream while the run is still going', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM });
  const seenBeforeEnd = await page.evaluate(async () => {
    const lines = [];
    window.w.onOutput((line) => lines.push(line));
    const done = window.w.run('print("first")\nreceive()\nprint("second")\n');
    // wait for the first line, then release the program
    for (let i = 0; i < 400 && lines.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    const before = lines.slice();
    window.w.pushEvent('go');
    await done;
    return { before, after: lines };
  });
  assert.deepEqual(linesOf(seenBeforeEnd.before), ['first']);
  assert.deepEqual(linesOf(seenBeforeEnd.after), ['first', 'second']);
});

test('run: entryDir and baseUrl decide where relative modules are looked for', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, defaults: false });
  const src = 'import greeting\nfrom lib.util import shout, NAME\nprint(greeting.hello("py"), shout("hey"), NAME)\n';
  // baseUrl: an absolute folder URL
  const viaBase = await run(page, src, { runOpts: { baseUrl: env.server.url('/tests/browser/fixtures/py/') } });
  assert.equal(viaBase.error, undefined, viaBase.error);
  assert.equal(viaBase.out, 'hello py HEY! lib.util\n');
  // entryDir: a prefix joined to relative specs, against baseUrl (here the site root)
  const viaEntryDir = await run(page, src, {
    runOpts: { baseUrl: env.server.url('/'), entryDir: 'tests/browser/fixtures/py/' },
  });
  assert.equal(viaEntryDir.error, undefined, viaEntryDir.error);
  assert.equal(viaEntryDir.out, 'hello py HEY! lib.util\n');
  // and elsewhere the same program finds nothing
  const nowhere = await run(page, src, { runOpts: { baseUrl: env.server.url('/examples/') } });
  assert.match(nowhere.error ?? '', /ModuleNotFoundError: No module named 'greeting'/);
});

test('reset: resolves, keeps the worker usable, and imports register again (from the cache)', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, imports: { calc: env.server.url('/tests/browser/fixtures/py/calc.py'), helper: env.server.url('/tests/browser/fixtures/py/helper.py') } });
  env.server.resetLog();
  const a = await run(page, 'from calc import add\nprint(add(1, 2))');
  assert.equal(a.out, '3\n');
  const reset = await page.evaluate(async () => {
    const v = await window.w.reset();
    return v === undefined ? 'undefined' : JSON.stringify(v);
  });
  assert.equal(reset, 'undefined');
  const b = await run(page, 'from calc import quad\nprint(quad(3))');
  assert.equal(b.error, undefined, b.error);
  assert.equal(b.out, '12\n');
  assert.equal(env.server.requested('/tests/browser/fixtures/py/calc.py'), 1, 'reset is not clearCache: bytes stay cached');
});

test('run: calls made while a run is in progress queue behind it', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM });
  const outs = await page.evaluate(async () => {
    const w = window.w;
    const first = w.run('print("first got", receive())');
    const second = w.run('print("second")');
    const third = w.run('print("third")');
    setTimeout(() => w.pushEvent('go'), 100);
    return [(await first).out, (await second).out, (await third).out];
  });
  assert.deepEqual(outs, ['first got go\n', 'second\n', 'third\n']);
});

test('reset: stops a run in progress (it rejects) and forgets queued events', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM });
  const r = await page.evaluate(async () => {
    const w = window.w;
    const parked = w.run('print("parked")\nreceive()').then(() => 'resolved', (e) => `rejected: ${e.message}`);
    await new Promise((r) => setTimeout(r, 100));
    await w.reset();
    const stopped = await parked;
    // an event queued (nobody waits) before reset() must not reach the next run
    w.pushEvent('stale');
    await w.reset();
    const next = w.run('print(receive())');
    setTimeout(() => w.pushEvent('fresh'), 100);
    return { stopped, next: (await next).out };
  });
  assert.match(r.stopped, /^rejected/);
  assert.equal(r.next, 'fresh\n');
});

test('preemptInterval: a busy loop leaves the worker responsive (reset can stop it)', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, preemptInterval: 1000 });
  const r = await page.evaluate(async () => {
    const w = window.w;
    const counted = await w.run('n = 0\nfor i in range(300000):\n    n += i\nprint(n)');
    const spinning = w.run('while True:\n    pass').then(() => 'resolved', (e) => `rejected: ${e.message}`);
    await new Promise((r) => setTimeout(r, 200));
    await w.reset();
    const after = await w.run('print("responsive")');
    return { counted: counted.out, spinning: await spinning, after: after.out };
  });
  assert.equal(r.counted, '44999850000\n');
  assert.match(r.spinning, /^rejected/);
  assert.equal(r.after, 'responsive\n');
});

test('clearCache: resolves, and the next run fetches its modules again', async () => {
  const calc = '/tests/browser/fixtures/py/calc.py';
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, imports: { calc: env.server.url(calc), helper: env.server.url('/tests/browser/fixtures/py/helper.py') } });
  env.server.resetLog();
  await run(page, 'import calc\nprint(calc.add(2, 2))');
  await run(page, 'import calc\nprint(calc.add(2, 2))');
  assert.equal(env.server.requested(calc), 1, 'cached across runs');
  const cleared = await page.evaluate(async () => (await window.w.clearCache()) === undefined);
  assert.ok(cleared);
  const r = await run(page, 'import calc\nprint(calc.add(2, 2))');
  assert.equal(r.out, '4\n');
  assert.equal(env.server.requested(calc), 2, 'fetched again after clearCache');
});

test('dispose: terminates the worker; pending and later calls fail', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM });
  const result = await page.evaluate(async () => {
    const w = window.w;
    const pending = w.run('receive()\nprint("never")').then(() => 'resolved', (e) => `rejected: ${e.message}`);
    await new Promise((r) => setTimeout(r, 100));
    const disposeReturn = w.dispose();
    const later = await w.run('print(1)').then(() => 'resolved', (e) => `rejected: ${e.message}`);
    const reset = await w.reset().then(() => 'resolved', (e) => `rejected: ${e.message}`);
    return { pending: await pending, later, reset, disposeReturn: disposeReturn === undefined };
  });
  assert.ok(result.disposeReturn, 'dispose() returns nothing');
  assert.match(result.pending, /^rejected: .*dispos/i);
  assert.match(result.later, /^rejected/);
  assert.match(result.reset, /^rejected/);
});

test('several workers in one page are independent', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM }, { name: 'a' });
  await boot(page, { wasmUrl: WASM }, { name: 'b' });
  const both = await page.evaluate(async () => {
    const ra = window.a.run('print("from a")');
    const rb = window.b.run('print("from b")');
    return [(await ra).out, (await rb).out];
  });
  assert.deepEqual(both, ['from a\n', 'from b\n']);
});
