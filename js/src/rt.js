// The handle codec: JS values <-> Python values through compiler_lib.wasm's
// host_edge_encode / host_edge_decode (docs/embedding.md, "Values across the
// boundary"). Loaders get it as ctx.rt; the engine uses it for main-thread calls.
//
// Invariants: handles are only valid while a run is in progress (encode gives 0
// otherwise); memory can grow during any export call, so views are re-created after
// every call; ints cross as i128 little-endian and come back as a Number when they
// fit in +-2^53, else a BigInt.
import { TAG, OP, TAG_INVALID, MAX_NESTING } from '../abi_constants.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');
const I128_MIN = -(1n << 127n);
const I128_MAX = (1n << 127n) - 1n;
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export class CrossingError extends TypeError {}

// --- payload encoding (pure; exported for tests) ---------------------------------------

export function intToBytes(value) {
  const big = typeof value === 'bigint' ? value : BigInt(value);
  if (big < I128_MIN || big > I128_MAX) throw new RangeError('int out of i128 range');
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  const u = big & ((1n << 128n) - 1n);
  view.setBigUint64(0, u & 0xffffffffffffffffn, true);
  view.setBigUint64(8, u >> 64n, true);
  return bytes;
}

export function bytesToInt(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lo = view.getBigUint64(0, true);
  const hi = view.getBigInt64(8, true);
  const big = (hi << 64n) | lo;
  return big >= -SAFE && big <= SAFE ? Number(big) : big;
}

// [tag, payload bytes] for a JS value (see encodeAny for the mapping).
export function toPayload(value, depth = 0) {
  if (depth > MAX_NESTING) throw new CrossingError(`value nests deeper than ${MAX_NESTING} levels`);
  if (value === null || value === undefined) return [TAG.NONE, new Uint8Array(0)];
  switch (typeof value) {
    case 'boolean':
      return [TAG.BOOL, new Uint8Array([value ? 1 : 0])];
    case 'bigint':
      return [TAG.INT, intToBytes(value)];
    case 'number':
      if (Number.isInteger(value)) return [TAG.INT, intToBytes(value)];
      return [TAG.FLOAT, floatBytes(value)];
    case 'string':
      return [TAG.BYTES, encoder.encode(value)];
    default:
      break;
  }
  if (value instanceof Uint8Array) return [TAG.RAW, value];
  if (value instanceof ArrayBuffer) return [TAG.RAW, new Uint8Array(value)];
  if (ArrayBuffer.isView(value)) return [TAG.RAW, new Uint8Array(value.buffer, value.byteOffset, value.byteLength)];
  if (Array.isArray(value)) return [TAG.LIST, container(value.map((v) => toPayload(v, depth + 1)))];
  if (typeof value === 'object') {
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
    const nodes = [];
    for (const [k, v] of entries) {
      if (typeof k !== 'string') throw new CrossingError('dict keys crossing to Python must be strings');
      nodes.push(toPayload(k, depth + 1), toPayload(v, depth + 1));
    }
    return [TAG.DICT, container(nodes, entries.length)];
  }
  throw new CrossingError(`a JavaScript ${typeof value} cannot cross to Python`);
}

function floatBytes(x) {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setFloat64(0, x, true);
  return bytes;
}

function container(nodes, count = nodes.length) {
  let size = 4;
  for (const [, p] of nodes) size += 8 + p.length;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, count, true);
  let at = 4;
  for (const [tag, p] of nodes) {
    view.setUint32(at, tag, true);
    view.setUint32(at + 4, p.length, true);
    bytes.set(p, at + 8);
    at += 8 + p.length;
  }
  return bytes;
}

// The JS value of a tagged payload. Decoding copies: nothing refers to wasm memory.
export function fromPayload(tag, bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (tag) {
    case TAG.NONE:
      return null;
    case TAG.BOOL:
      return bytes[0] !== 0;
    case TAG.INT:
      return bytesToInt(bytes);
    case TAG.FLOAT:
      return view.getFloat64(0, true);
    case TAG.BYTES:
      return decoder.decode(bytes);
    case TAG.RAW:
      return bytes.slice();
    case TAG.LIST:
    case TAG.DICT: {
      const count = view.getUint32(0, true);
      const items = [];
      let at = 4;
      const total = tag === TAG.DICT ? count * 2 : count;
      for (let i = 0; i < total; i++) {
        const t = view.getUint32(at, true);
        const n = view.getUint32(at + 4, true);
        items.push(fromPayload(t, bytes.subarray(at + 8, at + 8 + n)));
        at += 8 + n;
      }
      if (tag === TAG.LIST) return items;
      const obj = {};
      for (let i = 0; i < items.length; i += 2) obj[items[i]] = items[i + 1];
      return obj;
    }
    default:
      throw new CrossingError(`unknown value tag ${tag}`);
  }
}

// --- the codec over a live compiler instance -------------------------------------------

// `getExports()` returns the current compiler_lib exports (the instance changes per run).
export function makeRt(getExports) {
  const mem = () => new Uint8Array(getExports().memory.buffer);
  const dv = () => new DataView(getExports().memory.buffer);

  // {tag, bytes} of a handle (tag TAG_INVALID when the value cannot cross).
  function decodeRaw(handle) {
    const e = getExports();
    const tagPtr = e.wasm_alloc(4);
    let size = 256;
    try {
      for (;;) {
        const dst = e.wasm_alloc(size);
        const n = e.host_edge_decode(handle, tagPtr, dst, size);
        if (n < 0) {
          e.wasm_free(dst, size);
          size = -n;
          continue;
        }
        const tag = dv().getUint32(tagPtr, true);
        const bytes = mem().slice(dst, dst + n);
        e.wasm_free(dst, size);
        return { tag, bytes };
      }
    } finally {
      e.wasm_free(tagPtr, 4);
    }
  }

  function encodeRaw(tag, bytes) {
    const e = getExports();
    const ptr = e.wasm_alloc(bytes.length);
    mem().set(bytes, ptr);
    const handle = e.host_edge_encode(tag, ptr, bytes.length);
    e.wasm_free(ptr, bytes.length);
    if (handle === 0) throw new CrossingError('compiler_lib refused the value (malformed payload or no run in progress)');
    return handle;
  }

  // The Python type name of a handle's value (for error messages).
  function typeName(handle) {
    const e = getExports();
    const out = e.wasm_alloc(4);
    try {
      if (e.host_edge_op(OP.TYPE_OF, handle, 0, 0, 0, 0, out) !== 0) {
        takeError();
        return '?';
      }
      const h = dv().getUint32(out, true);
      const { bytes } = decodeRaw(h);
      e.host_edge_release(h);
      return decoder.decode(bytes);
    } finally {
      e.wasm_free(out, 4);
    }
  }

  // The pending host_edge error as {kind, message}, or null.
  function takeError() {
    const e = getExports();
    const kindPtr = e.wasm_alloc(4);
    let size = 256;
    try {
      for (;;) {
        const dst = e.wasm_alloc(size);
        const n = e.host_edge_take_error(kindPtr, dst, size);
        if (n < -1) {
          e.wasm_free(dst, size);
          size = -n;
          continue;
        }
        if (n === -1) {
          e.wasm_free(dst, size);
          return null;
        }
        const message = decoder.decode(mem().slice(dst, dst + n));
        e.wasm_free(dst, size);
        return { kind: dv().getUint32(kindPtr, true), message };
      }
    } finally {
      e.wasm_free(kindPtr, 4);
    }
  }

  function expect(handle, tag, what) {
    const raw = decodeRaw(handle);
    if (raw.tag !== tag) throw new CrossingError(`expected ${what}, got ${raw.tag === TAG_INVALID ? typeName(handle) : tagName(raw.tag)}`);
    return fromPayload(raw.tag, raw.bytes);
  }

  return {
    decodeRaw,
    encodeRaw,
    takeError,
    typeName,
    decodeAny(handle) {
      const raw = decodeRaw(handle);
      if (raw.tag === TAG_INVALID) throw new CrossingError(`a Python ${typeName(handle)} cannot cross to JavaScript`);
      return fromPayload(raw.tag, raw.bytes);
    },
    encodeAny(value) {
      const [tag, bytes] = toPayload(value);
      return encodeRaw(tag, bytes);
    },
    decodeStr: (h) => expect(h, TAG.BYTES, 'str'),
    decodeInt: (h) => expect(h, TAG.INT, 'int'),
    decodeBool: (h) => expect(h, TAG.BOOL, 'bool'),
    decodeFloat(h) {
      const raw = decodeRaw(h);
      if (raw.tag === TAG.INT) return Number(fromPayload(raw.tag, raw.bytes));
      if (raw.tag !== TAG.FLOAT) throw new CrossingError(`expected float, got ${tagName(raw.tag)}`);
      return fromPayload(raw.tag, raw.bytes);
    },
    decodeBytes: (h) => expect(h, TAG.RAW, 'bytes'),
    encodeStr: (s) => encodeRaw(TAG.BYTES, encoder.encode(String(s))),
    encodeInt: (n) => encodeRaw(TAG.INT, intToBytes(n)),
    encodeBool: (b) => encodeRaw(TAG.BOOL, new Uint8Array([b ? 1 : 0])),
    encodeFloat: (x) => encodeRaw(TAG.FLOAT, floatBytes(Number(x))),
    encodeBytes: (b) => encodeRaw(TAG.RAW, b instanceof Uint8Array ? b : new Uint8Array(b)),
    encodeNone: () => encodeRaw(TAG.NONE, new Uint8Array(0)),
    release: (h) => getExports().host_edge_release(h),
  };
}

function tagName(tag) {
  const entry = Object.entries(TAG).find(([, v]) => v === tag);
  return entry ? { NONE: 'None', BOOL: 'bool', INT: 'int', FLOAT: 'float', BYTES: 'str', RAW: 'bytes', LIST: 'list', DICT: 'dict' }[entry[0]] : `tag ${tag}`;
}
