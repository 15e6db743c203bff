#!/usr/bin/env node
// `node js/cli.mjs FILE.py [ARGS...]`: runs a Python program through compiler_lib.wasm
// in Node, with the same output and exit status as the native `edge` runner.
//
// It speaks only the embedder ABI of docs/embedding.md (no Emscripten JS glue):
// instantiate the standalone module with the env.host_* imports, register every
// module the program imports (found next to the script, as the native runner finds
// them), copy the source into the src buffer and call run_start.
import { readFileSync, existsSync, writeSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { STATUS, statusKind, statusPayload } from './abi_constants.js';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_WASM = resolve(here, '..', 'build', 'wasm', 'compiler_lib.wasm');

function fail(message, code = 2) {
  writeSync(2, `edge: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv) {
  const options = { wasm: process.env.EDGE_WASM || DEFAULT_WASM, file: null, args: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (options.file === null && a === '--wasm') {
      options.wasm = argv[++i];
    } else if (options.file === null) {
      options.file = a;
    } else {
      options.args.push(a);
    }
  }
  if (options.file === null) fail('usage: node js/cli.mjs [--wasm compiler_lib.wasm] FILE.py [ARGS...]');
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

function makeImports(getMemory, mainDir) {
  return {
    env: {
      host_print(ptr, len) {
        writeSync(1, getMemory().bytes(ptr, len));
      },
      host_now_ns() {
        return process.hrtime.bigint();
      },
      // Modules are registered before the run; this answers late lookups by reading
      // the file next to the main script (the same place the native runner looks).
      host_fetch_bytes(specPtr, specLen, hashPtr, outLenPtr) {
        const memory = getMemory();
        const spec = memory.text(specPtr, specLen);
        const path = spec.startsWith('/') ? spec : join(mainDir, spec);
        if (!existsSync(path)) {
          new DataView(memory.exports.memory.buffer).setUint32(outLenPtr, 0, true);
          return 0;
        }
        const data = readFileSync(path);
        const ptr = memory.exports.wasm_alloc(data.length);
        memory.bytes(ptr, data.length).set(data);
        new DataView(memory.exports.memory.buffer).setUint32(outLenPtr, data.length, true);
        return ptr;
      },
      host_call_native() {
        return 1;
      },
    },
  };
}

// Registers the modules `source` imports, transitively, by their path relative to the
// main script's folder ("pkg/mod.py" or "pkg/__init__.py").
function registerImports(memory, mainDir, source, seen) {
  const { exports } = memory;
  const len = memory.writeSource(source);
  const n = exports.extract_imports(len);
  if (n < 0) return;  // a syntax error: the run itself will report it
  const lines = memory.text(exports.out_ptr(), n).split('\n').filter(Boolean);
  const names = [];
  for (const line of lines) {
    const fields = line.split('\t');
    if (fields[0] === 'b') names.push(fields[1]);
  }
  for (const name of names) {
    const parts = name.split('.');
    for (let i = 1; i <= parts.length; i++) {
      const rel = parts.slice(0, i).join('/');
      for (const candidate of [`${rel}.py`, `${rel}/__init__.py`]) {
        if (seen.has(candidate)) break;
        const path = join(mainDir, candidate);
        if (!existsSync(path)) continue;
        seen.add(candidate);
        const text = readFileSync(path, 'utf8');
        const [specPtr, specLen] = memory.allocText(candidate);
        const [srcPtr, srcLen] = memory.allocText(text);
        exports.register_code_module(specPtr, specLen, srcPtr, srcLen);
        exports.wasm_free(specPtr, specLen);
        exports.wasm_free(srcPtr, srcLen);
        registerImports(memory, mainDir, text, seen);
        break;
      }
    }
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const file = resolve(options.file);
  if (!existsSync(file)) fail(`can't open file '${options.file}': [Errno 2] No such file or directory`);
  if (!existsSync(options.wasm)) fail(`compiler_lib.wasm not found at ${options.wasm} (run \`make build\`)`);
  const source = readFileSync(file, 'utf8');
  const mainDir = dirname(file);

  let memory = null;
  const module = await WebAssembly.compile(readFileSync(options.wasm));
  const instance = await WebAssembly.instantiate(module, makeImports(() => memory, mainDir));
  memory = new Memory(instance);
  const { exports } = instance;
  if (exports._initialize) exports._initialize();

  const [pathPtr, pathLen] = memory.allocText(file);
  exports.set_main_path(pathPtr, pathLen);
  exports.wasm_free(pathPtr, pathLen);
  registerImports(memory, mainDir, source, new Set());

  const len = memory.writeSource(source);
  const status = exports.run_start(len);
  const kind = statusKind(status);
  const payload = statusPayload(status);
  if (kind === STATUS.DONE) return 0;
  if (kind === STATUS.ERROR) {
    writeSync(2, memory.bytes(exports.out_ptr(), payload));
    return 1;
  }
  if (kind === STATUS.EXIT) {
    const code = payload & 0xff;
    const messageLength = payload >>> 8;
    if (messageLength > 0) writeSync(2, memory.bytes(exports.out_ptr(), messageLength));
    return code;
  }
  fail(`unexpected status kind ${kind} from run_start (this runner does not drive the scheduler yet)`, 1);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => fail(error && error.stack ? error.stack : String(error), 1),
);
