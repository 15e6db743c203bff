// Worker-side .wasm modules: the Path A plugin fixture (fixtures/plugin/plugin.c,
// built with emcc) through the built-in loader, and the `loaders` option with a custom
// loader of each kind (capability, wasmpdk) tried before the built-in one.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';

import { test, setup, boot, run, DEDENT, WASM } from './harness.mjs';
import { ensureFixtures } from './build_fixtures.mjs';

const LOADERS = '/tests/browser/fixtures/loaders';
let env;
before(async () => {
  ensureFixtures();
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

test('Path A plugin: the built-in loader exposes its functions and __const_ values', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, defaults: false, imports: { plug: '/build/fixtures/plugin.wasm' } });
  const r = await run(page, DEDENT(`
    from plug import add, greet, size, probe, answer
    import plug
    print(add(2, 3), add(-10, 4), add(2**40, 1))
    print(greet("wasm"))
    print(size([1, 2, 3]), size("héllo"), size({"a": 1}))
    print(probe("abcd"), probe([0] * 12))
    print(answer, plug.answer + 1)
  `));
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, '5 -6 1099511627777\nhello, wasm\n3 5 1\nstr:4 list:12\n42 43\n');
});

test('Path A plugin: errors cross as Python exceptions; edge_take_error drains them', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, defaults: false, imports: { plug: '/build/fixtures/plugin.wasm' } });
  const r = await run(page, DEDENT(`
    from plug import add, fail, size, probe
    try:
        fail("refused by the plugin")
    except ValueError as e:
        print("ValueError:", e)
    try:
        add(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        add("a", 1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        size(5)
    except TypeError as e:
        print("size raised TypeError")
    print(probe(5).startswith("error:0:"))
  `));
  assert.equal(r.error, undefined, r.error);
  assert.equal(
    r.out,
    'ValueError: refused by the plugin\nTypeError: add expects 2 positional args\nTypeError: add expects two ints\nsize raised TypeError\nTrue\n',
  );
  const uncaught = await run(page, 'from plug import fail\nfail("boom")\n');
  assert.match(uncaught.error ?? '', /ValueError: boom/);
});

test('Path A plugin: keyword arguments arrive in the trailing kwargs slot', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, defaults: false, imports: { plug: '/build/fixtures/plugin.wasm' } });
  const r = await run(page, 'from plug import kwargs_count\nprint(kwargs_count(), kwargs_count(a=1, b=2, c=3))');
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, '0 3\n');
});

test('Path A plugin: fetched once per worker, reusable across runs', async () => {
  const { page } = await env.open();
  await boot(page, { wasmUrl: WASM, defaults: false, imports: { plug: '/build/fixtures/plugin.wasm' } });
  env.server.resetLog();
  for (let i = 0; i < 3; i++) {
    const r = await run(page, `from plug import add\nprint(add(${i}, ${i}))`);
    assert.equal(r.out, `${2 * i}\n`);
  }
  assert.equal(env.server.requested('/build/fixtures/plugin.wasm'), 1);
});

test('loaders: a custom loader of kind capability answers with JS functions over handles', async () => {
  const { page } = await env.open();
  env.server.resetLog();
  const info = await boot(page, {
    wasmUrl: WASM,
    defaults: false,
    loaders: [env.server.url(`${LOADERS}/capability.js`)],
    imports: { cap: '/build/fixtures/capability.wasm' },
  });
  assert.equal(info.error, undefined, info.error);
  const r = await run(page, 'from cap import shout, twice, loader_info\nprint(shout("hey"), twice(21))\nprint(loader_info())');
  assert.equal(r.error, undefined, r.error);
  // ctx.loaders: the full list in order (the built-in loader may be listed last)
  assert.match(r.out, /^HEY! 42\ncapability loader: loaders=[12] position=0 fetched=true exports=function\n$/);
  // the loader replaced the module's own surface
  const own = await run(page, 'from cap import add\n');
  assert.match(own.error ?? '', /ImportError: cannot import name 'add'/);
});

test('loaders: a custom loader of kind wasmpdk instantiates the guest itself', async () => {
  const { page } = await env.open();
  await boot(page, {
    wasmUrl: WASM,
    defaults: false,
    loaders: [`${LOADERS}/wasmpdk.js`],
    imports: { marked: '/build/fixtures/marked.wasm' },
  });
  const r = await run(page, DEDENT(`
    from marked import via_loader_add, via_loader_greet, via_loader_fail
    print(via_loader_add(20, 22), via_loader_greet("loader"))
    try:
        via_loader_fail("from the custom loader")
    except ValueError as e:
        print("ValueError:", e)
  `));
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.out, '42 hello, loader\nValueError: from the custom loader\n');
  const builtin = await run(page, 'from marked import add\n');
  assert.match(builtin.error ?? '', /ImportError: cannot import name 'add'/, 'the built-in loader did not run');
});

test('loaders: custom loaders run first, in order; the built-in Path A loader is the fallback', async () => {
  const { page } = await env.open();
  await boot(page, {
    wasmUrl: WASM,
    defaults: false,
    loaders: [`${LOADERS}/wasmpdk.js`, `${LOADERS}/capability.js`],
    imports: {
      marked: '/build/fixtures/marked.wasm',
      cap: '/build/fixtures/capability.wasm',
      plug: '/build/fixtures/plugin.wasm',
    },
  });
  const r = await run(page, DEDENT(`
    from marked import via_loader_add
    from cap import shout, loader_info
    from plug import add
    print(via_loader_add(1, 1), shout("x"), add(3, 4))
    print(loader_info())
  `));
  assert.equal(r.error, undefined, r.error);
  assert.match(r.out, /^2 X! 7\ncapability loader: loaders=[23] position=1 fetched=true exports=function\n$/);
});

test('loaders: a loader URL that fails to import makes createWorker reject', async () => {
  const { page } = await env.open();
  const info = await boot(page, { wasmUrl: WASM, loaders: [`${LOADERS}/missing.js`] });
  assert.ok(info.error, 'createWorker should reject');
  assert.match(info.error, /missing\.js/);
});
