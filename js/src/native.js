// Native modules: the table host_call_native dispatches on, the built-in Path A
// (wasm-pdk) loader, and the custom-loader extension point.
//
// A native function id is an index into NativeTable; register_native_module gives
// the k-th name of a module the id base_id + k. Each entry is {kind, fn, ...}:
//   wasmpdk    fn(g_argv, argc, g_out) -> i32, a plugin export over its own memory
//   capability fn(handles: number[]) -> handle, plain JS over compiler memory
//   main       {module, name}: answered by the page's main thread (deferred call)
// Invariant: the table is rebuilt for every run (instances are per run), and the
// trailing kwargs slot of argv is passed to wasmpdk functions only.
import { PLUGIN_ABI_VERSION } from '../abi_constants.js';

export class NativeTable {
  constructor() {
    this.entries = [];
  }
  get(id) {
    return this.entries[id];
  }
  // Appends entries; returns the base id of the first.
  add(entries) {
    const base = this.entries.length;
    this.entries.push(...entries);
    return base;
  }
}

// The six plugin imports (module `env`) for a guest instance, bridged to the
// compiler's host_edge_* exports by copying through compiler memory. `guest()`
// returns the guest's exports (its memory is read lazily: it exists only after
// instantiation).
export function makeGuestEnv(getCompiler, guest) {
  const cmem = () => new Uint8Array(getCompiler().memory.buffer);
  const gmem = () => new Uint8Array(guest().memory.buffer);
  const cview = () => new DataView(getCompiler().memory.buffer);
  const gview = () => new DataView(guest().memory.buffer);
  // Copies guest bytes into a compiler allocation; returns [ptr, len].
  const stage = (ptr, len) => {
    const c = getCompiler();
    const p = c.wasm_alloc(Math.max(1, len));
    cmem().set(gmem().subarray(ptr, ptr + len), p);
    return [p, len];
  };
  const free = (p, len) => getCompiler().wasm_free(p, Math.max(1, len));
  // Shared by edge_decode / edge_take_error: call `fn(kindSlot, dst, max)` in
  // compiler memory and copy the slot and bytes back to the guest.
  // `slotAlways`: the export writes the slot even when it returns -(bytes needed)
  // (host_edge_decode's tag); otherwise only on success (host_edge_take_error's kind).
  const readBack = (outSlot, dst, dstMax, slotAlways, fn) => {
    const c = getCompiler();
    const slot = c.wasm_alloc(4);
    cview().setUint32(slot, 0xffffffff, true);
    const buf = c.wasm_alloc(Math.max(1, dstMax));
    const n = fn(slot, buf, dstMax);
    if (slotAlways || n >= 0) gview().setUint32(outSlot, cview().getUint32(slot, true), true);
    if (n > 0) gmem().set(cmem().subarray(buf, buf + n), dst);
    c.wasm_free(buf, Math.max(1, dstMax));
    c.wasm_free(slot, 4);
    return n;
  };
  return {
    edge_op(op, recv, namePtr, nameLen, argvPtr, argc, out) {
      const c = getCompiler();
      const [np, nl] = stage(namePtr, nameLen);
      const [ap, al] = stage(argvPtr, argc * 4);
      const op_out = c.wasm_alloc(4);
      const rc = c.host_edge_op(op, recv, np, nl, ap, argc, op_out);
      if (rc === 0) gview().setUint32(out, cview().getUint32(op_out, true), true);
      c.wasm_free(op_out, 4);
      free(ap, al);
      free(np, nl);
      return rc;
    },
    edge_encode(tag, ptr, len) {
      const [p, l] = stage(ptr, len);
      const h = getCompiler().host_edge_encode(tag, p, len);
      free(p, l);
      return h;
    },
    edge_decode(handle, outTag, dst, dstMax) {
      return readBack(outTag, dst, dstMax, true, (slot, buf, max) => getCompiler().host_edge_decode(handle, slot, buf, max));
    },
    edge_release(handle) {
      getCompiler().host_edge_release(handle);
    },
    edge_throw(kind, msgPtr, msgLen) {
      const [p, l] = stage(msgPtr, msgLen);
      getCompiler().host_edge_throw(kind, p, msgLen);
      free(p, l);
    },
    edge_take_error(outKind, dst, dstMax) {
      return readBack(outKind, dst, dstMax, false, (slot, buf, max) => getCompiler().host_edge_take_error(slot, buf, max));
    },
  };
}


// The built-in Path A loader: any module that exports __edge_alloc. Always tried
// after the custom loaders.
export const builtinLoader = {
  match(module) {
    return WebAssembly.Module.exports(module).some((e) => e.name === '__edge_alloc');
  },
  async load(module, ctx) {
    let instance = null;
    const env = makeGuestEnv(() => ctx.compilerExports, () => instance.exports);
    instance = await WebAssembly.instantiate(module, { env });
    const ex = instance.exports;
    if (typeof ex.__edge_alloc !== 'function') {
      throw new Error("native module missing '__edge_alloc(size: u32) -> *mut u8' (plugin ABI v1, see docs/plugin-abi.md)");
    }
    if (!(ex.memory instanceof WebAssembly.Memory)) throw new Error("native module does not export its 'memory'");
    if (typeof ex.__edge_abi_version === 'function') {
      const v = ex.__edge_abi_version();
      if (v !== PLUGIN_ABI_VERSION) throw new Error(`plugin ABI v${v} is not supported (this runtime speaks v${PLUGIN_ABI_VERSION})`);
    }
    if (typeof ex._initialize === 'function') ex._initialize();
    const names = [];
    const fns = [];
    for (const [name, value] of Object.entries(ex)) {
      if (typeof value !== 'function') continue;
      if (name.startsWith('__') && !name.startsWith('__fn_') && !name.startsWith('__const_')) continue;
      if (name === '_initialize' || name === '_start') continue;
      value.__edge_alloc = ex.__edge_alloc;
      value.__edge_free = typeof ex.__edge_free === 'function' ? ex.__edge_free : null;
      value.__edge_memory = ex.memory;
      names.push(name.startsWith('__fn_') ? name.slice(5) : name);
      fns.push(value);
    }
    return { kind: 'wasmpdk', names, fns };
  },
};

// Compiles `bytes` and hands the module to the first loader whose match() accepts it
// (custom loaders in order, then the built-in one). Returns {names, entries} ready
// for NativeTable.add.
export async function loadNativeModule(spec, bytes, ctx) {
  const module = await WebAssembly.compile(bytes);
  // ctx.loaders is the full list loaders see (custom ones, then the built-in one).
  const loaders = [...(ctx.loaders ?? [])];
  if (!loaders.includes(builtinLoader)) loaders.push(builtinLoader);
  for (const loader of loaders) {
    if (!(await loader.match(module))) continue;
    const result = await loader.load(module, ctx);
    if (!result || !Array.isArray(result.names) || !Array.isArray(result.fns) || result.names.length !== result.fns.length) {
      throw new Error('loader returned no {kind, names, fns} of equal length');
    }
    if (result.kind !== 'wasmpdk' && result.kind !== 'capability') {
      throw new Error(`loader returned unknown kind '${result.kind}' (expected 'wasmpdk' or 'capability')`);
    }
    const entries = result.fns.map((fn, i) => {
      if (typeof fn !== 'function') throw new Error(`loader function '${result.names[i]}' is not a function`);
      if (result.kind === 'wasmpdk' && (typeof fn.__edge_alloc !== 'function' || !fn.__edge_memory)) {
        throw new Error(`wasmpdk function '${result.names[i]}' lacks __edge_alloc / __edge_memory annotations`);
      }
      return { kind: result.kind, fn, module: spec, name: result.names[i] };
    });
    return { names: result.names, entries };
  }
  throw new Error('no loader accepts it (the built-in loader needs an __edge_alloc export)');
}

// Calls a wasmpdk function: stage argv (kwargs slot included) in guest memory, call,
// copy the result handle back. Returns the plugin's status (0 ok, 1 error raised).
export function callWasmPdk(fn, compiler, argvPtr, argc, outPtr) {
  const alloc = fn.__edge_alloc;
  const size = Math.max(4, argc * 4);
  const gArgv = alloc(size);
  const gOut = alloc(4);
  // Nothing runs between here and fn(), so one view of each memory serves the staging;
  // fn() may grow either memory, so the copy back takes fresh views.
  const guest = new DataView(fn.__edge_memory.buffer);
  const comp = new DataView(compiler.memory.buffer);
  for (let i = 0; i < argc; i++) guest.setUint32(gArgv + 4 * i, comp.getUint32(argvPtr + 4 * i, true), true);
  guest.setUint32(gOut, 0, true);
  const status = fn(gArgv, argc, gOut);
  if (status === 0) {
    new DataView(compiler.memory.buffer).setUint32(outPtr, new DataView(fn.__edge_memory.buffer).getUint32(gOut, true), true);
  }
  if (fn.__edge_free) {
    fn.__edge_free(gArgv, size);
    fn.__edge_free(gOut, 4);
  }
  return status;
}
