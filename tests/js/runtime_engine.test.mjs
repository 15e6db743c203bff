// js/worker/engine.js in Node over the real compiler_lib.wasm: what run() resolves and
// rejects with, output streaming, the drive loop (timers, events queued before
// receive() or before the run, concurrent host calls answered by call id), reset and
// dispose.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { makeEngine, run } from './runtime_harness.mjs';

test('out is the whole stdout; streaming also sends one line per print()', async () => {
  const { engine, output } = await makeEngine();
  assert.equal((await run(engine, 'print(1)\nprint("a", "b", sep="-", end="!")\nprint()')).out, '1\na-b!\n');
  const r = await run(engine, 'for i in range(3):\n    print(i)', { stream: true });
  assert.equal(r.out, '0\n1\n2\n');
  assert.deepEqual(output, ['0', '1', '2']);
  assert.equal(typeof r.ms, 'number');
});

test('errors reject with the traceback; SystemExit carries its code', async () => {
  const { engine } = await makeEngine();
  await assert.rejects(run(engine, 'print("before")\n1/0'), (error) => {
    assert.equal(error.message, 'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\nZeroDivisionError: division by zero'.replace('<module>\n', '<module>\n    1/0\n'));
    assert.ok(error.traceback.endsWith('division by zero\n'));
    assert.equal(error.out, 'before\n');
    return true;
  });
  await assert.rejects(run(engine, 'x = (', { filename: 'app.py' }), /File "app.py", line 1[\s\S]*SyntaxError/);
  await assert.rejects(run(engine, 'raise SystemExit(3)'), (error) => error.exitCode === 3 && error.message === 'SystemExit: 3');
  await assert.rejects(run(engine, 'import sys\nsys.exit("bye")'), (error) => error.exitCode === 1 && error.message === 'bye');
  // SystemExit(0) is an ordinary end: exit status 0, like any run that finishes.
  assert.deepEqual(await run(engine, 'import sys\nprint("x")\nsys.exit(0)\nprint("not reached")').then((r) => [r.out, r.exitCode]), ['x\n', 0]);
  await assert.rejects(run(engine, 'x = 1\n'.repeat(200000)), /source exceeds 1048576 bytes/);
});

test('each run gets a fresh VM', async () => {
  const { engine } = await makeEngine();
  await run(engine, 'leak = 1');
  await assert.rejects(run(engine, 'print(leak)'), /NameError: name 'leak' is not defined/);
});

test('timers, and events queued before the run and before receive()', async () => {
  const { engine } = await makeEngine();
  engine.pushEvent('first');
  engine.pushEvent('second');
  const src = [
    'async def tick(name, s):',
    '    sleep(s)',
    '    print(name)',
    'print(receive(), receive())',
    'gather(tick("slow", 0.05), tick("fast", 0.01))',
    'print(receive())',
  ].join('\n');
  const pending = run(engine, src);
  setTimeout(() => engine.pushEvent('later'), 100);
  assert.equal((await pending).out, 'first second\nfast\nslow\nlater\n');
});

test('host calls run concurrently and each answer resumes its coroutine as it arrives', async () => {
  const started = [];
  const { engine } = await makeEngine({
    load: { eager: { js: ['wait', 'fail'] } },
    hostCall: (module, name, args) => {
      started.push(args[0]);
      if (name === 'fail') return Promise.reject(new Error(`no ${args[0]}`));
      return new Promise((resolve) => setTimeout(() => resolve(args[0]), args[1]));
    },
  });
  const src = [
    'from js import wait, fail',
    'async def call(tag, ms):',
    '    v = wait(tag, ms)',
    '    print("got", v)',
    '    return v',
    'async def bad():',
    '    try:',
    '        fail("x")',
    '    except RuntimeError as e:',
    '        print("caught", e)',
    '    return "bad"',
    'print(gather(call("a", 80), call("b", 10), bad(), call("c", 40)))',
  ].join('\n');
  const { out, ms } = await run(engine, src);
  assert.equal(out, "caught no x\ngot b\ngot c\ngot a\n['a', 'b', 'bad', 'c']\n");
  assert.deepEqual(started.sort(), ['a', 'b', 'c', 'x']);
  assert.ok(ms < 80 + 10 + 40, `the calls overlapped (${ms} ms)`);
});

test('reset() stops a busy run; dispose() rejects what follows', async () => {
  const { engine } = await makeEngine({ load: { preemptInterval: 10000 } });
  const busy = run(engine, 'while True:\n    pass');
  await new Promise((r) => setTimeout(r, 50));
  await engine.reset();
  await assert.rejects(busy, /stopped by reset\(\)/);
  assert.equal((await run(engine, 'print("again")')).out, 'again\n');
  const waiting = run(engine, 'receive()');
  await new Promise((r) => setTimeout(r, 20));
  engine.dispose();
  await assert.rejects(waiting, /worker disposed/);
  await assert.rejects(run(engine, 'print(1)'), /worker disposed/);
});
