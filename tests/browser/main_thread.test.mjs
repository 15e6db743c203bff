// mainThreadModules (a factory and a plain object; sync and async handlers; a
// rejection raising only in the calling coroutine; many concurrent deferred calls under
// gather()) and events: pushEvent before and after receive(), the factory's pushEvent,
// and the `edge-python-event` window bridge.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';

import { test, setup, boot, run, until, linesOf, DEDENT, WASM } from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

const MT = { ui: 'ui', plain: 'plain' };

async function ready() {
  const t = await env.open();
  const info = await boot(t.page, { wasmUrl: WASM, defaults: false }, { mt: MT });
  assert.equal(info.error, undefined, info.error);
  return t;
}

test('mainThreadModules: a factory is called once with {pushEvent}; its handlers are importable', async () => {
  const { page } = await ready();
  assert.equal(await page.evaluate(() => window.uiFactoryCalls), 1);
  assert.equal(await page.evaluate(() => window.uiPushEventType), 'function');
  const r = await run(page, 'from ui import upper, add, render\nrender("from python")\nprint(upper("abc"), add(2, 3))');
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, 'ABC 5\n');
  assert.equal(await page.textContent('#app'), 'from python');
  await run(page, 'from ui import upper\nupper("again")');
  assert.equal(await page.evaluate(() => window.uiFactoryCalls), 1, 'registered eagerly, once per worker');
});

test('mainThreadModules: a plain object works, with sync and async handlers', async () => {
  const { page } = await ready();
  const r = await run(page, 'from plain import triple, hello, later\nprint(triple(3), hello(), later("async"))');
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, '9 hi from plain async!\n');
});

test('mainThreadModules: values cross as None, bool, int, float and str', async () => {
  const { page } = await ready();
  const r = await run(page, DEDENT(`
    from ui import echo, jstype
    for v in [None, True, False, 0, -7, 2**40, 2.5, "héllo ✓", ""]:
        back = echo(v)
        print(repr(back), type(back).__name__, back == v, jstype(v))
  `));
  assert.equal(r.error, undefined, r.error);
  assert.deepEqual(r.out.trimEnd().split('\n'), [
    'None NoneType True object',
    'True bool True boolean',
    'False bool True boolean',
    '0 int True number',
    '-7 int True number',
    '1099511627776 int True number',
    '2.5 float True number',
    "'héllo ✓' str True string",
    "'' str True string",
  ]);
});

test('mainThreadModules: bytes, lists, dicts and big ints cross too; a set cannot', async () => {
  const { page } = await ready();
  const r = await run(page, DEDENT(`
    from ui import echo, jstype
    for v in [b"ab\\x00", [1, "a", None], {"k": 1, "n": [2.5]}, (1, 2), 2**70, -(2**77 + 123456789), 2**53 + 1]:
        back = echo(v)
        print(repr(back), back == v, jstype(v))
    for v in [{1, 2}, object()]:
        try:
            echo(v)
        except TypeError as e:
            print("TypeError:", e)
  `));
  assert.equal(r.error, undefined, r.error);
  assert.deepEqual(r.out.trimEnd().split('\n'), [
    "b'ab\\x00' True object",
    "[1, 'a', None] True object",
    "{'k': 1, 'n': [2.5]} True object",
    '[1, 2] False object',
    '1180591620717411303424 True bigint',
    '-151115727451828770295061 True bigint',
    '9007199254740993 True bigint',
    'TypeError: argument 1 of ui.echo(): a Python set cannot cross to JavaScript',
    'TypeError: argument 1 of ui.echo(): a Python object cannot cross to JavaScript',
  ]);
});

test('mainThreadModules: a throwing handler raises RuntimeError in Python with its message', async () => {
  const { page } = await ready();
  const r = await run(page, DEDENT(`
    from ui import boom, async_boom
    try:
        boom()
    except RuntimeError as e:
        print("caught:", e)
    try:
        async_boom(5)
    except RuntimeError as e:
        print("caught:", e)
    print("after")
  `));
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, 'caught: ui exploded\ncaught: async ui exploded\nafter\n');
  const uncaught = await run(page, 'from ui import boom\nboom()\n');
  assert.match(uncaught.error ?? '', /RuntimeError: ui exploded/);
});

test('mainThreadModules: a rejection raises only in the coroutine that made the call', async () => {
  const { page } = await ready();
  const r = await run(page, DEDENT(`
    from ui import slow_double, async_boom
    async def good(x, ms):
        return slow_double(x, ms)
    async def bad():
        try:
            async_boom(20)
            return "not raised"
        except RuntimeError as e:
            return "bad caught " + str(e)
    print(gather(good(1, 40), bad(), good(2, 5)))
  `));
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, "[2, 'bad caught async ui exploded', 4]\n");
  const unhandled = await run(page, DEDENT(`
    from ui import slow_double, async_boom
    async def good(x):
        v = slow_double(x, 30)
        print("good finished", v)
        return v
    async def bad():
        async_boom(5)
    try:
        gather(good(5), bad())
    except RuntimeError as e:
        print("gather raised:", e)
  `));
  assert.equal(unhandled.error, undefined, unhandled.error);
  assert.equal(unhandled.out, 'good finished 10\ngather raised: async ui exploded\n');
});

test('mainThreadModules: many concurrent deferred calls under gather() resolve out of order', async () => {
  const { page } = await ready();
  const r = await run(page, DEDENT(`
    from ui import slow_double
    async def one(i):
        return slow_double(i, (40 - i) * 2)
    results = gather(*[one(i) for i in range(40)])
    print(results == [2 * i for i in range(40)], results[:5], len(results))
  `));
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, 'True [0, 2, 4, 6, 8] 40\n');
});

test('mainThreadModules: concurrent calls really overlap on the main thread', async () => {
  const t = await env.open();
  const info = await t.page.evaluate(async () => {
    const { createWorker } = await import('/js/src/index.js');
    window.active = 0;
    window.peak = 0;
    const probe = {
      hold: async (ms) => {
        window.active++;
        window.peak = Math.max(window.peak, window.active);
        await new Promise((r) => setTimeout(r, ms));
        window.active--;
        return ms;
      },
    };
    window.w = await createWorker({ wasmUrl: '/js/compiler_lib.wasm', defaults: false, mainThreadModules: { probe } });
    return 'ok';
  });
  assert.equal(info, 'ok');
  const r = await run(t.page, 'from probe import hold\nasync def h(ms):\n    return hold(ms)\nprint(gather(h(60), h(50), h(40), h(30)))');
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, '[60, 50, 40, 30]\n');
  assert.equal(await t.page.evaluate(() => window.peak), 4, 'all four calls were in flight at once');
});

test('mainThreadModules: an unknown name is an ImportError', async () => {
  const { page } = await ready();
  const r = await run(page, 'from ui import no_such_handler\n');
  assert.match(r.error ?? '', /ImportError: cannot import name 'no_such_handler'/);
});

test('pushEvent after receive(): wakes the paused script with the message', async () => {
  const { page } = await ready();
  const result = await page.evaluate(async () => {
    const lines = [];
    window.w.onOutput((l) => lines.push(l));
    const done = window.w.run('print("waiting")\nmsg = receive()\nprint("got", msg)\n');
    for (let i = 0; i < 500 && lines.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    const ret = window.w.pushEvent('hello after');
    await done;
    return { lines, ret: ret === undefined };
  });
  assert.ok(result.ret, 'pushEvent is fire-and-forget (returns nothing)');
  assert.deepEqual(linesOf(result.lines), ['waiting', 'got hello after']);
});

test('pushEvent before receive(): events are queued, in order, until the script asks', async () => {
  const { page } = await ready();
  const out = await page.evaluate(async () => {
    const lines = [];
    window.w.onOutput((l) => lines.push(l));
    // pushed before the run even starts
    window.w.pushEvent('early');
    const done = window.w.run(
      'print("started")\nsleep(0.2)\nprint(receive(), receive(), receive(), receive())\n',
    );
    for (let i = 0; i < 500 && lines.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    // pushed while the script sleeps, before it calls receive()
    window.w.pushEvent('a');
    window.w.pushEvent('b');
    window.w.pushEvent(3);
    await done;
    return lines;
  });
  assert.deepEqual(linesOf(out), ['started', 'early a b 3']);
});

test('pushEvent from a factory: async callbacks wake receive()', async () => {
  const { page } = await ready();
  const r = await run(page, 'from ui import emit_later\nemit_later("ping", 20)\nprint("got", receive())\n');
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, 'got ping\n');
});

test('receive() inside async def main driven by run(main())', async () => {
  const { page } = await ready();
  const r = await run(page, DEDENT(`
    from ui import emit_later
    async def main():
        got = []
        for name in ["one", "two", "three"]:
            emit_later(name, 5)
            got.append(receive())
        return got
    print(run(main()))
  `));
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, "['one', 'two', 'three']\n");
});

test('the edge-python-event window bridge routes CustomEvent detail to receive()', async () => {
  const { page } = await ready();
  const viaHandler = await run(page, 'from ui import bridge_later\nbridge_later("bridged", 20)\nprint("got", receive())\n');
  assert.equal(viaHandler.error, undefined, viaHandler.error);
  assert.equal(viaHandler.out, 'got bridged\n');
  const fromPage = await page.evaluate(async () => {
    const lines = [];
    window.w.onOutput((l) => lines.push(l));
    const done = window.w.run('print("waiting")\nprint("got", receive())\n');
    for (let i = 0; i < 500 && lines.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    window.dispatchEvent(new CustomEvent('edge-python-event', { detail: 'from the page' }));
    await done;
    return lines;
  });
  assert.deepEqual(linesOf(fromPage), ['waiting', 'got from the page']);
});

test('the window bridge stops after dispose()', async () => {
  const t = await ready();
  await boot(t.page, { wasmUrl: WASM, defaults: false }, { name: 'second' });
  const out = await t.page.evaluate(async () => {
    window.w.dispose();
    const lines = [];
    window.second.onOutput((l) => lines.push(l));
    const done = window.second.run('print("waiting")\nprint("got", receive())\n');
    for (let i = 0; i < 500 && lines.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    window.dispatchEvent(new CustomEvent('edge-python-event', { detail: 'to the live one' }));
    await done;
    return lines;
  });
  assert.deepEqual(linesOf(out), ['waiting', 'got to the live one']);
  assert.deepEqual(t.errors, []);
});

test('the window bridge JSON-encodes a non-string detail and reaches every live worker', async () => {
  const t = await ready();
  await boot(t.page, { wasmUrl: WASM, defaults: false }, { name: 'other' });
  const out = await t.page.evaluate(async () => {
    const lines = [];
    window.w.onOutput((l) => lines.push(`w ${l}`));
    window.other.onOutput((l) => lines.push(`other ${l}`));
    const a = window.w.run('print(receive())');
    const b = window.other.run('print(receive())');
    await new Promise((r) => setTimeout(r, 100));
    window.dispatchEvent(new CustomEvent('edge-python-event', { detail: { kind: 'click', id: 7 } }));
    await a;
    await b;
    return lines.sort();
  });
  assert.deepEqual(out, ['other {"kind":"click","id":7}', 'w {"kind":"click","id":7}']);
});

test('an event pushed by a factory before the worker has even loaded is kept for receive()', async () => {
  const t = await env.open();
  const out = await t.page.evaluate(async () => {
    const { createWorker } = await import('/js/src/index.js');
    const early = ({ pushEvent }) => {
      pushEvent('pushed while loading');
      return { noop: () => null };
    };
    const w = await createWorker({ wasmUrl: '/js/compiler_lib.wasm', defaults: false, mainThreadModules: { early } });
    return (await w.run('print(receive())')).out;
  });
  assert.equal(out, 'pushed while loading\n');
});

test("the README's dom example runs as written (and a mainThreadModule named dom beats the default)", async () => {
  const t = await env.open();
  env.server.resetLog();
  const info = await boot(t.page, { wasmUrl: WASM }, { mt: { dom: 'dom' } });
  assert.equal(info.error, undefined, info.error);
  await t.page.evaluate(() => {
    window.domRun = window.w.run(
      [
        'from dom import query, set_text, bind_event',
        '',
        'bind_event(query("#btn"), "click", "click")',
        'async def main():',
        '    while True:',
        '        receive()',
        '        set_text(query("#btn"), "clicked")',
        'run(main())',
      ].join('\n'),
    ).then(() => 'ended', (e) => `failed: ${e.message}`);
  });
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await t.page.textContent('#btn'), 'btn');
  await t.page.click('#btn');
  await until(async () => (await t.page.textContent('#btn')) === 'clicked', 'the click handled in Python');
  assert.equal(env.server.requested(/^\/host\/dom\//), 0, 'the default dom host module was not fetched');
  assert.equal(await t.page.evaluate(() => Promise.race([window.domRun, new Promise((r) => setTimeout(() => r('still running'), 50))])), 'still running');
});
