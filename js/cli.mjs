#!/usr/bin/env node
// `node js/cli.mjs FILE.py [ARGS...]`: runs a Python program through compiler_lib.wasm
// in Node, with the same output and exit status as the native `edge` runner.
//
// It speaks only the embedder ABI of docs/embedding.md (no Emscripten JS glue):
// instantiate the standalone module with the env.host_* imports, register every
// module the program imports (found next to the script, as the native runner finds
// them), copy the source into the src buffer and call run_start; then drive the
// scheduler: wait for timers on the real clock, treat 1/60 s as an animation frame,
// feed receive() the lines of `--events FILE`, and resume after preemption
// (EDGE_PREEMPT=N preempts every N ticks, as the native runner does).
//
// Import resolution, the env imports and the plugin loader are the browser runtime's
// own modules (js/src/prefetch.js, env.js, native.js, rt.js) over file: URLs.
import { readFileSync, existsSync, writeSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { STATUS, statusKind, statusPayload } from './abi_constants.js';
import { prefetch, PrefetchError, ResolutionTable } from './src/prefetch.js';
import { makeCompilerEnv, nowNs } from './src/env.js';
import { NativeTable, loadNativeModule } from './src/native.js';
import { makeRt } from './src/rt.js';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_WASM = resolve(here, '..', 'build', 'wasm', 'compiler_lib.wasm');

function fail(message, code = 2) {
  writeSync(2, `edge: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv) {
  const options = { wasm: process.env.EDGE_WASM || DEFAULT_WASM, file: null, args: [], events: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (options.file === null && a === '--wasm') {
      options.wasm = argv[++i];
    } else if (options.file === null && a === '--events') {
      options.events = argv[++i];
    } else if (options.file === null) {
      options.file = a;
    } else {
      options.args.push(a);
    }
  }
  if (options.file === null) fail('usage: node js/cli.mjs [--wasm compiler_lib.wasm] [--events FILE] FILE.py [ARGS...]');
  return options;
}

// A live view of the module's memory: it may grow during any call, which detaches
// previously created views, so views are made on demand.
class Memory {
  constructor(instance) {
    this.instance = instance;
    this.encoder = new TextEncoder();
    this.decoder = new TextDecoder('utf-8');
  }
  get exports() {
    return this.instance.exports;
  }
  bytes(ptr, len) {
    return new Uint8Array(this.exports.memory.buffer, ptr, len);
  }
  text(ptr, len) {
    return this.decoder.decode(this.bytes(ptr, len));
  }
  // Copies UTF-8 `text` to a fresh allocation; returns [ptr, len].
  allocText(text) {
    const data = this.encoder.encode(text);
    const ptr = this.exports.wasm_alloc(data.length);
    this.bytes(ptr, data.length).set(data);
    return [ptr, data.length];
  }
  writeSource(text) {
    const data = this.encoder.encode(text);
    if (data.length > (1 << 20)) fail(`source exceeds 1048576 bytes (${data.length})`);
    this.bytes(this.exports.src_ptr(), data.length).set(data);
    return data.length;
  }
}

// The env imports are the browser runtime's (js/src/env.js): native .wasm plugins
// named in a packages.json beside the script work here too. Output is written as the
// raw bytes print() produced, and late module lookups read the file next to the main
// script (the same place the native runner looks).
function makeImports(getMemory, mainDir, nativeTable) {
  const env = makeCompilerEnv({
    getExports: () => getMemory().exports,
    nativeTable,
    rt: makeRt(() => getMemory().exports),
    files: new Map(),
    fetchLate(spec) {
      const path = spec.startsWith('/') ? spec : join(mainDir, spec);
      return existsSync(path) ? readFileSync(path) : null;
    },
    onPrint() {},
    captureHostCall() {
      throw new Error('there is no main thread to answer host calls here');
    },
  });
  env.host_print = (ptr, len) => writeSync(1, getMemory().bytes(ptr, len));
  return { env };
}

// Registers the modules `source` imports, transitively, by their path relative to the
// main script's folder ("pkg/mod.py" or "pkg/__init__.py"). The resolution is the
// browser runtime's (js/src/prefetch.js) over file: URLs: modules next to the script,
// packages, relative imports, and a packages.json `imports` table beside it.
async function registerImports(memory, mainDir, source, nativeTable) {
  const { exports } = memory;
  await prefetch(source, {
    base: pathToFileURL(`${mainDir}/`).href,
    secure: false,
    table: new ResolutionTable(),
    knownMissing: new Set(),
    extractImports(text) {
      const n = exports.extract_imports(memory.writeSource(text));
      return n < 0 ? null : memory.text(exports.out_ptr(), n);  // a syntax error: the run reports it
    },
    async fetchBytes(url) {
      const path = fileURLToPath(url);
      if (!existsSync(path)) return { ok: false, status: 404, reason: `no such file: ${path}` };
      return { ok: true, bytes: readFileSync(path) };
    },
    registerCode(vmPath, text) {
      const [specPtr, specLen] = memory.allocText(vmPath);
      const [srcPtr, srcLen] = memory.allocText(text);
      exports.register_code_module(specPtr, specLen, srcPtr, srcLen);
      exports.wasm_free(specPtr, specLen);
      exports.wasm_free(srcPtr, srcLen);
    },
    async registerNative(name, url, bytes) {
      const { names, entries } = await loadNativeModule(url, bytes, {
        compilerExports: exports,
        rt: makeRt(() => exports),
        fetchedSources: new Map(),
        loaders: [],
      });
      const baseId = nativeTable.add(entries);
      const [specPtr, specLen] = memory.allocText(name);
      const [namesPtr, namesLen] = memory.allocText(names.join('\n'));
      exports.register_native_module(specPtr, specLen, namesPtr, namesLen, baseId);
      exports.wasm_free(specPtr, specLen);
      exports.wasm_free(namesPtr, namesLen);
    },
    async registerHost(name) {
      throw new Error(`'${name}' is a main-thread host module; there is no page here`);
    },
    isEager: () => false,
  });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const file = resolve(options.file);
  if (!existsSync(file)) fail(`can't open file '${options.file}': [Errno 2] No such file or directory`);
  if (!existsSync(options.wasm)) fail(`compiler_lib.wasm not found at ${options.wasm} (run \`make build\`)`);
  const source = readFileSync(file, 'utf8');
  const mainDir = dirname(file);

  let memory = null;
  const nativeTable = new NativeTable();
  const module = await WebAssembly.compile(readFileSync(options.wasm));
  const instance = await WebAssembly.instantiate(module, makeImports(() => memory, mainDir, nativeTable));
  memory = new Memory(instance);
  const { exports } = instance;
  if (exports._initialize) exports._initialize();

  const [pathPtr, pathLen] = memory.allocText(file);
  exports.set_main_path(pathPtr, pathLen);
  exports.wasm_free(pathPtr, pathLen);
  try {
    await registerImports(memory, mainDir, source, nativeTable);
  } catch (error) {
    if (error instanceof PrefetchError) fail(error.message, 1);
    throw error;
  }

  const events = options.events === null ? [] : readFileSync(options.events, 'utf8').split('\n');
  if (events.length > 0 && events[events.length - 1] === '') events.pop();
  if (process.env.EDGE_PREEMPT) exports.set_preempt_interval(Number(process.env.EDGE_PREEMPT));

  const len = memory.writeSource(source);
  let status = exports.run_start(len);
  for (;;) {
    const kind = statusKind(status);
    const payload = statusPayload(status);
    switch (kind) {
      case STATUS.DONE:
        return 0;
      case STATUS.ERROR:
        writeSync(2, memory.bytes(exports.out_ptr(), payload));
        return 1;
      case STATUS.EXIT: {
        const code = payload & 0xff;
        const messageLength = payload >>> 8;
        if (messageLength > 0) writeSync(2, memory.bytes(exports.out_ptr(), messageLength));
        return code;
      }
      case STATUS.PENDING_TIMER: {
        const waitNs = exports.last_yield_deadline_ns() - nowNs();
        if (waitNs > 0n) await sleepMs(Number(waitNs / 1000000n) + 1);
        break;
      }
      case STATUS.PENDING_FRAME:
        await sleepMs(16);
        break;
      case STATUS.PENDING_EVENT: {
        if (events.length === 0) {
          writeSync(2, 'RuntimeError: the program waits in receive() and no more events will come\n');
          return 1;
        }
        const [ptr, n] = memory.allocText(events.shift());
        exports.run_push_event(ptr, n);
        exports.wasm_free(ptr, n);
        break;
      }
      case STATUS.PREEMPTED:
        break;
      default:
        writeSync(2, 'RuntimeError: the program waits for a host call and this host makes none\n');
        return 1;
    }
    status = exports.run_resume();
  }
}

function sleepMs(ms) {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}

main().then(
  (code) => process.exit(code),
  (error) => fail(error && error.stack ? error.stack : String(error), 1),
);
