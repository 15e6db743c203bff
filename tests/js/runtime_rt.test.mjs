// js/src/rt.js: the payload codec alone, then values round-tripping through the real
// compiler_lib.wasm by way of main-thread host calls (decodeAny on the way out,
// encodeAny on the way back).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { toPayload, fromPayload, intToBytes, bytesToInt } from '../../js/src/rt.js';
import { TAG } from '../../js/abi_constants.js';
import { makeEngine, run } from './runtime_harness.mjs';

test('i128 ints: Number within +-2^53, BigInt beyond, RangeError past i128', () => {
  for (const v of [0, 1, -1, 2 ** 53 - 1, -(2 ** 53 - 1)]) assert.equal(bytesToInt(intToBytes(v)), v);
  for (const v of [2n ** 53n, 2n ** 70n, -(2n ** 77n + 123456789n), (1n << 127n) - 1n, -(1n << 127n)]) {
    assert.equal(bytesToInt(intToBytes(v)), v);
  }
  assert.throws(() => intToBytes(1n << 127n), /int out of i128 range/);
});

test('payloads of nested values', () => {
  const value = { a: [1, 2.5, null, true, 'é', new Uint8Array([120])], b: {} };
  const [tag, bytes] = toPayload(value);
  assert.equal(tag, TAG.DICT);
  assert.deepEqual(fromPayload(tag, bytes), value);
  assert.deepEqual(toPayload(undefined), [TAG.NONE, new Uint8Array(0)]);
  assert.equal(toPayload(1.5)[0], TAG.FLOAT);
  assert.equal(toPayload(3)[0], TAG.INT);
  assert.throws(() => toPayload(() => 1), /cannot cross/);
});

// A main-thread module `js` whose functions are answered by these handlers.
function hostEngine(handlers) {
  return makeEngine({
    load: { eager: { js: Object.keys(handlers) } },
    hostCall: async (module, name, args) => handlers[name](...args),
  });
}

test('values cross to JS and back through the wasm', async () => {
  const seen = [];
  const { engine } = await hostEngine({
    echo: (v) => v,
    jstype: (v) => typeof v,
    record: (...args) => {
      seen.push(args);
      return null;
    },
  });
  const { out } = await run(engine, [
    'from js import echo, jstype, record',
    'print(echo(2**70), jstype(2**70), jstype(3), echo(-(2**77 + 123456789)))',
    "print(echo({'a': [1, 2.5, None, True, 'é', b'x'], 'n': {}}))",
    'print(echo((1, 2)), echo(1.0), jstype(1.5))',
    "record(1, 'two', [3], None)",
  ].join('\n'));
  assert.equal(out, [
    '1180591620717411303424 bigint number -151115727451828770295061',
    "{'a': [1, 2.5, None, True, 'é', b'x'], 'n': {}}",
    '[1, 2] 1 number',
    '',
  ].join('\n'));
  assert.deepEqual(seen, [[1, 'two', [3], null]]);
});

test('a value that cannot cross is a TypeError in the caller; a JS throw a RuntimeError', async () => {
  const { engine } = await hostEngine({
    echo: (v) => v,
    boom: () => {
      throw new Error('main thread says no');
    },
    typed: () => {
      const e = new Error('bad key');
      e.pythonType = 'KeyError';
      throw e;
    },
    fn: () => () => 1,
  });
  const { out } = await run(engine, [
    'from js import echo, boom, typed, fn',
    'for f, a in ((echo, {1, 2}), (boom, 0), (typed, 0), (fn, 0)):',
    '    try:',
    '        f(a)',
    '    except Exception as e:',
    '        print(type(e).__name__, e)',
  ].join('\n'));
  assert.equal(out, [
    'TypeError argument 1 of js.echo(): a Python set cannot cross to JavaScript',
    'RuntimeError main thread says no',
    "KeyError 'bad key'",
    'TypeError js.fn() returned a value that cannot cross to Python: a JavaScript function cannot cross to Python',
    '',
  ].join('\n'));
});

test('keyword arguments to a main-thread function are refused', async () => {
  const { engine } = await hostEngine({ echo: (v) => v });
  await assert.rejects(run(engine, 'from js import echo\necho(1, x=2)'), /TypeError: js.echo\(\) takes no keyword arguments/);
});
