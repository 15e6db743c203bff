// Host calls through compiler_lib.wasm, with a minimal host written against the
// documented ABI only: a native module whose functions answer at once, fail, or
// defer (answered out of order while coroutines wait under gather), handles decoded
// and re-encoded through the runtime's codec (js/src/rt.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { STATUS, TAG, ERROR_KIND, statusKind, statusPayload } from '../../js/abi_constants.js';
import { makeRt, CrossingError } from '../../js/src/rt.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const wasmModule = new WebAssembly.Module(readFileSync(resolve(root, 'build/wasm/compiler_lib.wasm')));

// One instance with a native module `host` = echo (10), fail (11), later (12).
function makeHost() {
  const state = { out: '', deferred: [], exports: null };
  const mem = () => new Uint8Array(state.exports.memory.buffer);
  const view = () => new DataView(state.exports.memory.buffer);
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const alloc = (bytes) => {
    const p = state.exports.wasm_alloc(bytes.length);
    mem().set(bytes, p);
    return p;
  };
  // The runtime's own codec (js/src/rt.js) over this instance; encode() answers 0
  // for a refused payload, as host_edge_encode does, so malformed input can be checked.
  const rt = makeRt(() => state.exports);
  state.decode = rt.decodeRaw;
  state.encode = (tag, bytes) => {
    try {
      return rt.encodeRaw(tag, bytes);
    } catch (e) {
      if (e instanceof CrossingError) return 0;
      throw e;
    }
  };
  state.encodeStr = rt.encodeStr;
  const env = {
    host_print(ptr, len) {
      state.out += dec.decode(mem().slice(ptr, ptr + len));
    },
    host_now_ns: () => process.hrtime.bigint(),
    host_fetch_bytes(_s, _l, _h, outLen) {
      view().setUint32(outLen, 0, true);
      return 0;
    },
    host_call_native(id, callId, argv, argc, out) {
      const handles = [];
      for (let i = 0; i < argc; i++) handles.push(view().getUint32(argv + 4 * i, true));
      assert.equal(handles[argc - 1], 0, 'no kwargs in these calls');
      if (id === 10) {
        const { tag, bytes } = state.decode(handles[0]);
        view().setUint32(out, state.encode(tag, bytes), true);
        return 0;
      }
      if (id === 11) {
        const msg = enc.encode('ValueError: refused by the host');
        const p = alloc(msg);
        state.exports.host_edge_throw(ERROR_KIND.CUSTOM, p, msg.length);
        state.exports.wasm_free(p, msg.length);
        return 1;
      }
      state.deferred.push({ callId, arg: state.decode(handles[0]) });
      return 2;
    },
  };
  const instance = new WebAssembly.Instance(wasmModule, { env });
  state.exports = instance.exports;
  if (state.exports._initialize) state.exports._initialize();
  const spec = enc.encode('mt:host');
  const names = enc.encode('echo\nfail\nlater');
  const sp = alloc(spec);
  const np = alloc(names);
  assert.equal(state.exports.register_native_module(sp, spec.length, np, names.length, 10), 0);
  return state;
}

function start(host, source) {
  const data = new TextEncoder().encode(source);
  new Uint8Array(host.exports.memory.buffer).set(data, host.exports.src_ptr());
  return host.exports.run_start(data.length);
}

test('immediate results round-trip through handles; errors raise the named exception', () => {
  const host = makeHost();
  const status = start(host,
    "import host\nprint(host.echo({'a': [1, 2.5, None, True, 'é', b'x', 2**100]}))\n" +
    "try:\n    host.fail(0)\nexcept ValueError as e:\n    print('caught', e)\n");
  assert.equal(statusKind(status), STATUS.DONE);
  assert.equal(host.out, "{'a': [1, 2.5, None, True, 'é', b'x', 1267650600228229401496703205376]}\ncaught refused by the host\n");
});

test('deferred calls park their coroutines and resolve out of order by call id', () => {
  const host = makeHost();
  let status = start(host,
    'import host\nasync def ask(s):\n    try:\n        return host.later(s)\n    except KeyError as e:\n' +
    "        return 'failed ' + str(e)\nprint(gather(ask('a'), ask('b'), ask('c')))\n");
  assert.equal(statusKind(status), STATUS.PENDING_HOST_CALL);
  assert.equal(host.deferred.length, 3);
  const [a, b, c] = host.deferred;
  const e = host.exports;
  assert.equal(e.set_host_result_by_id(c.callId, host.encodeStr('C')), 0);
  assert.equal(e.set_host_error_by_id(b.callId, ERROR_KIND.KEY, host.encodeStr('b is missing')), 0);
  assert.equal(statusKind(e.run_resume()), STATUS.PENDING_HOST_CALL);
  assert.equal(e.set_host_result_by_id(9999, host.encodeStr('nobody')), 2);
  assert.equal(e.set_host_result_by_id(a.callId, 0), 1, 'an invalid handle is refused');
  assert.equal(e.set_host_result_by_id(a.callId, host.encodeStr('A')), 0);
  status = e.run_resume();
  assert.equal(statusKind(status), STATUS.DONE, new TextDecoder().decode(new Uint8Array(e.memory.buffer, e.out_ptr(), statusPayload(status))));
  assert.equal(host.out, "['A', \"failed 'b is missing'\", 'C']\n");
  assert.equal(e.set_host_result_by_id(a.callId, 1), 3, 'no run in progress any more');
});

test('malformed payloads give handle 0 instead of a value', () => {
  const host = makeHost();
  start(host, 'import host\nhost.later(1)\n');
  assert.equal(host.encode(TAG.BOOL, new Uint8Array([])), 0);
  assert.equal(host.encode(TAG.BYTES, new Uint8Array([0xff])), 0);
  assert.equal(host.encode(TAG.LIST, new Uint8Array([255, 255, 255, 255])), 0);
  assert.notEqual(host.encode(TAG.INT, new Uint8Array(16)), 0);
});

// The concurrency document's "Concurrent host calls" example, with a `network` module
// whose fetch_text really fetches (a server on 127.0.0.1 for the good URL; `.invalid`
// never resolves) and a driver that answers every parked call concurrently.
test('the concurrency document: gather over host calls, a failed call raises only in its coroutine', async () => {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    res.writeHead(req.url === '/a' ? 200 : 404, { 'content-type': 'text/plain' });
    res.end(req.url === '/a' ? 'page a' : 'missing');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const host = makeHost();
    const enc = new TextEncoder();
    const spec = enc.encode('network');
    const names = enc.encode('fetch_text');
    const sp = host.exports.wasm_alloc(spec.length);
    new Uint8Array(host.exports.memory.buffer).set(spec, sp);
    const np = host.exports.wasm_alloc(names.length);
    new Uint8Array(host.exports.memory.buffer).set(names, np);
    assert.equal(host.exports.register_native_module(sp, spec.length, np, names.length, 12), 0);
    let status = start(host,
      'from network import fetch_text\n\nasync def status(url):\n    try:\n        fetch_text(url)\n' +
      '        return "ok"\n    except:\n        return "failed"\n\n' +
      `print(gather(status("${base}/a"),\n             status("https://nope.invalid/x")))\n`);
    const e = host.exports;
    let batches = 0;
    while (statusKind(status) === STATUS.PENDING_HOST_CALL) {
      batches++;
      const calls = host.deferred.splice(0);
      const settled = await Promise.allSettled(calls.map(async ({ arg }) => {
        const response = await fetch(new TextDecoder().decode(arg.bytes));
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      }));
      settled.forEach((s, i) => {
        const rv = s.status === 'fulfilled'
          ? e.set_host_result_by_id(calls[i].callId, host.encodeStr(s.value))
          : e.set_host_error_by_id(calls[i].callId, ERROR_KIND.RUNTIME, host.encodeStr(String(s.reason?.message)));
        assert.equal(rv, 0);
      });
      status = e.run_resume();
    }
    assert.equal(statusKind(status), STATUS.DONE);
    assert.equal(batches, 1, 'both calls were in flight together');
    assert.equal(host.out, "['ok', 'failed']\n");
  } finally {
    server.close();
  }
});
