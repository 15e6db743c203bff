// The four `env` imports compiler_lib.wasm declares (docs/embedding.md, "Imports"):
// host_print, host_now_ns, host_fetch_bytes, host_call_native.
//
// Invariants: every import re-reads memory views (the heap grows during calls);
// nothing throws into wasm -- a failing native function reports through
// host_edge_throw and returns CALL_ERROR; a main-thread function is captured with
// its decoded arguments and returns CALL_DEFERRED (the engine answers it by call id).
import { CALL_OK, CALL_ERROR, CALL_DEFERRED, ERROR_KIND } from '../abi_constants.js';
import { callWasmPdk } from './native.js';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

// Nanoseconds on a wall clock with sub-millisecond resolution where available.
export function nowNs() {
  if (globalThis.performance && typeof performance.timeOrigin === 'number') {
    return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
  }
  return BigInt(Date.now()) * 1000000n;
}

// Raises `message` in the calling Python code (kind from an Error's `pythonType`,
// e.g. 'ValueError', else RuntimeError).
export function throwInto(exports, error) {
  const type = error && typeof error === 'object' && error.pythonType;
  const text = type ? `${type}: ${errorText(error)}` : errorText(error);
  const bytes = encoder.encode(text);
  const ptr = exports.wasm_alloc(Math.max(1, bytes.length));
  new Uint8Array(exports.memory.buffer).set(bytes, ptr);
  exports.host_edge_throw(type ? ERROR_KIND.CUSTOM : ERROR_KIND.RUNTIME, ptr, bytes.length);
  exports.wasm_free(ptr, Math.max(1, bytes.length));
}

export function errorText(error) {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

// ctx: {getExports, onPrint(text), nativeTable, rt, files: Map<vmPath, Uint8Array>,
//       fetchLate(vmPath) -> Uint8Array | null (synchronous), captureHostCall(callId, entry, args)}
export function makeCompilerEnv(ctx) {
  const { getExports } = ctx;
  return {
    host_print(ptr, len) {
      const e = getExports();
      ctx.onPrint(decoder.decode(new Uint8Array(e.memory.buffer, ptr, len).slice()));
    },
    host_now_ns: nowNs,
    // Late, synchronous module lookups: only bytes the prefetch already holds.
    host_fetch_bytes(specPtr, specLen, _hashPtr, outLenPtr) {
      const e = getExports();
      const spec = decoder.decode(new Uint8Array(e.memory.buffer, specPtr, specLen).slice());
      const bytes = ctx.files.get(spec) ?? (ctx.fetchLate ? ctx.fetchLate(spec) : null);
      if (!bytes) {
        new DataView(e.memory.buffer).setUint32(outLenPtr, 0, true);
        return 0;
      }
      const ptr = e.wasm_alloc(Math.max(1, bytes.length));
      new Uint8Array(e.memory.buffer).set(bytes, ptr);
      new DataView(e.memory.buffer).setUint32(outLenPtr, bytes.length, true);
      return ptr;
    },
    host_call_native(id, callId, argvPtr, argc, outPtr) {
      const e = getExports();
      const entry = ctx.nativeTable.get(id);
      if (!entry) {
        throwInto(e, `native function id ${id} is not registered`);
        return CALL_ERROR;
      }
      try {
        if (entry.kind === 'wasmpdk') return callWasmPdk(entry.fn, e, argvPtr, argc, outPtr);
        const view = new DataView(e.memory.buffer);
        const handles = [];
        for (let i = 0; i < argc; i++) handles.push(view.getUint32(argvPtr + 4 * i, true));
        const kwargs = handles.pop() ?? 0;
        if (entry.kind === 'capability') {
          const result = entry.fn(handles, kwargs);
          if (!Number.isInteger(result) || result <= 0) throw new Error(`capability function '${entry.name}' returned no value handle (got ${String(result)})`);
          new DataView(e.memory.buffer).setUint32(outPtr, result >>> 0, true);
          return CALL_OK;
        }
        // main: decode now (argument handles live for this call only), answer later.
        if (kwargs !== 0) {
          const error = new Error(`${entry.module}.${entry.name}() takes no keyword arguments`);
          error.pythonType = 'TypeError';
          throw error;
        }
        const args = handles.map((h, i) => {
          try {
            return ctx.rt.decodeAny(h);
          } catch (err) {
            const error = new Error(`argument ${i + 1} of ${entry.module}.${entry.name}(): ${errorText(err)}`);
            error.pythonType = 'TypeError';
            throw error;
          }
        });
        ctx.captureHostCall(callId, entry, args);
        return CALL_DEFERRED;
      } catch (error) {
        throwInto(getExports(), error);
        return CALL_ERROR;
      }
    },
  };
}
