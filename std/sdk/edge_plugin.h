/* Edge Python plugin SDK (plugin ABI v1), for C and C++ compiled with emcc or clang
 * --target=wasm32.
 *
 * A plugin is a standalone .wasm module that Python imports by name. Each exported
 * function `int32_t f(const uint32_t* argv, uint32_t argc, uint32_t* out)` is a Python
 * function: argv holds argc value handles (the positionals, then ONE trailing slot
 * holding a kwargs dict handle, or 0 when there are no keyword arguments); it writes
 * one result handle to *out and returns 0, or reports an error with edge_throw and
 * returns 1. Handles are u32 references into the running program's handle table:
 * argv handles belong to the host for the duration of the call; every handle the
 * plugin creates must be released except the one written to *out.
 *
 * Export names: `f` or `__fn_f` is the Python function `f`; `__const_x` is called once
 * at import and its result bound as module attribute `x`. Every plugin also exports
 * __edge_alloc, __edge_free and __edge_abi_version: EDGE_PLUGIN_RUNTIME() defines them.
 *
 * The full contract is docs/plugin-abi.md; the constants come from vm/abi.def through
 * the generated edge_abi.h, so the VM, the JS runtime and plugins cannot disagree.
 */
#ifndef EDGE_PLUGIN_H
#define EDGE_PLUGIN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "edge_abi.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef uint32_t edge_handle; /* 0 is never a valid handle */

#define EDGE_IMPORT(name) __attribute__((import_module("env"), import_name(#name)))
#define EDGE_EXPORT(name) __attribute__((export_name(#name), used))

/* The six host functions every plugin may import (module "env"). */
EDGE_IMPORT(edge_op)
int32_t edge_op(uint32_t op, edge_handle recv, const char* name, uint32_t name_len,
                const edge_handle* argv, uint32_t argc, edge_handle* out);
EDGE_IMPORT(edge_encode) edge_handle edge_encode(uint32_t tag, const void* payload, uint32_t len);
EDGE_IMPORT(edge_decode) int32_t edge_decode(edge_handle h, uint32_t* out_tag, void* dst, uint32_t dst_max);
EDGE_IMPORT(edge_release) void edge_release(edge_handle h);
EDGE_IMPORT(edge_throw) void edge_throw(uint32_t kind, const char* msg, uint32_t msg_len);
EDGE_IMPORT(edge_take_error) int32_t edge_take_error(uint32_t* out_kind, char* dst, uint32_t dst_max);

/* Defines the three runtime exports over malloc/free. Put it in exactly one file. */
#define EDGE_PLUGIN_RUNTIME()                                                        \
  EDGE_EXPORT(__edge_alloc) void* edge_plugin_alloc_(uint32_t size) {                \
    return malloc(size ? size : 1);                                                  \
  }                                                                                  \
  EDGE_EXPORT(__edge_free) void edge_plugin_free_(void* p, uint32_t size) {          \
    (void)size;                                                                      \
    free(p);                                                                         \
  }                                                                                  \
  EDGE_EXPORT(__edge_abi_version) uint32_t edge_plugin_abi_version_(void) {          \
    return EDGE_PLUGIN_ABI_VERSION;                                                  \
  }

/* Declares a Python function `name` with the ABI's signature. */
#define EDGE_FUNCTION(name) \
  EDGE_EXPORT(name) int32_t edge_fn_##name(const edge_handle* argv, uint32_t argc, edge_handle* out)

/* --- errors ------------------------------------------------------------------------ */

/* Raises `kind` (EDGE_ERR_*) with `msg` in the calling coroutine; returns 1 so a
 * function can `return edge_fail(...)`. */
static inline int32_t edge_fail(uint32_t kind, const char* msg) {
  edge_throw(kind, msg, (uint32_t)strlen(msg));
  return 1;
}

/* Checks the positional count (argc minus the kwargs slot). */
static inline int edge_expect_args(uint32_t argc, uint32_t positional, const char* fn) {
  if (argc == positional + 1) return 1;
  char msg[160];
  unsigned given = argc > 0 ? argc - 1 : 0;
  snprintf(msg, sizeof msg, "%s() takes %u positional argument%s but %u %s given", fn, positional,
           positional == 1 ? "" : "s", given, given == 1 ? "was" : "were");
  edge_fail(EDGE_ERR_TYPE, msg);
  return 0;
}

/* --- making values ------------------------------------------------------------------- */

static inline edge_handle edge_none(void) { return edge_encode(EDGE_TAG_NONE, NULL, 0); }

static inline edge_handle edge_bool(int b) {
  uint8_t v = b ? 1 : 0;
  return edge_encode(EDGE_TAG_BOOL, &v, 1);
}

static inline edge_handle edge_int(int64_t v) {
  uint8_t le[16];
  for (int i = 0; i < 8; i++) le[i] = (uint8_t)((uint64_t)v >> (8 * i));
  memset(le + 8, v < 0 ? 0xFF : 0x00, 8); /* sign-extend to i128 */
  return edge_encode(EDGE_TAG_INT, le, 16);
}

static inline edge_handle edge_float(double v) { return edge_encode(EDGE_TAG_FLOAT, &v, 8); }

static inline edge_handle edge_str(const char* utf8, size_t len) {
  return edge_encode(EDGE_TAG_BYTES, utf8, (uint32_t)len);
}

static inline edge_handle edge_bytes(const void* data, size_t len) {
  return edge_encode(EDGE_TAG_RAW, data, (uint32_t)len);
}

/* --- reading values ------------------------------------------------------------------ */

/* The tag of a handle's value (EDGE_TAG_INVALID for values that cannot cross). */
static inline uint32_t edge_tag_of(edge_handle h) {
  uint32_t tag = EDGE_TAG_INVALID;
  uint8_t probe[16];
  edge_decode(h, &tag, probe, 0); /* a short buffer still reports the tag */
  return tag;
}

/* Reads an int that fits in int64; 0 on success, 1 after raising TypeError /
 * OverflowError-as-ValueError. */
static inline int32_t edge_get_i64(edge_handle h, int64_t* out, const char* what) {
  uint32_t tag = 0;
  uint8_t le[16];
  if (edge_decode(h, &tag, le, 16) != 16 || tag != EDGE_TAG_INT) {
    char msg[128];
    snprintf(msg, sizeof msg, "%s must be an int", what);
    return edge_fail(EDGE_ERR_TYPE, msg);
  }
  uint64_t lo = 0;
  for (int i = 0; i < 8; i++) lo |= (uint64_t)le[i] << (8 * i);
  uint8_t sign = (le[7] & 0x80) ? 0xFF : 0x00;
  for (int i = 8; i < 16; i++) {
    if (le[i] != sign) {
      char msg[128];
      snprintf(msg, sizeof msg, "%s does not fit in 64 bits", what);
      return edge_fail(EDGE_ERR_VALUE, msg);
    }
  }
  *out = (int64_t)lo;
  return 0;
}

/* Reads a float (an int is converted, as Python would). */
static inline int32_t edge_get_f64(edge_handle h, double* out, const char* what) {
  uint32_t tag = 0;
  uint8_t buf[16];
  int32_t n = edge_decode(h, &tag, buf, 16);
  if (tag == EDGE_TAG_FLOAT && n == 8) {
    memcpy(out, buf, 8);
    return 0;
  }
  int64_t i;
  if (tag == EDGE_TAG_INT && edge_get_i64(h, &i, what) == 0) {
    *out = (double)i;
    return 0;
  }
  char msg[128];
  snprintf(msg, sizeof msg, "%s must be a number", what);
  return edge_fail(EDGE_ERR_TYPE, msg);
}

/* Reads a str as a malloc'ed, NUL-terminated UTF-8 copy (*len without the NUL); the
 * caller frees it. 0 on success, 1 after raising TypeError. */
static inline int32_t edge_get_str(edge_handle h, char** out, size_t* len, const char* what) {
  uint32_t tag = 0;
  int32_t need = edge_decode(h, &tag, NULL, 0);
  if (tag != EDGE_TAG_BYTES) {
    char msg[128];
    snprintf(msg, sizeof msg, "%s must be a str", what);
    return edge_fail(EDGE_ERR_TYPE, msg);
  }
  size_t size = need < 0 ? (size_t)(-need) : 0;
  char* text = (char*)malloc(size + 1);
  if (size > 0 && edge_decode(h, &tag, text, (uint32_t)size) != (int32_t)size) {
    free(text);
    return edge_fail(EDGE_ERR_RUNTIME, "str changed while it was read");
  }
  text[size] = '\0';
  *out = text;
  *len = size;
  return 0;
}

#ifdef __cplusplus
}
#endif

#endif /* EDGE_PLUGIN_H */
