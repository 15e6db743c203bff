/* A test plugin written against std/sdk/edge_plugin.h: every kind of value the ABI
 * carries in and out, keyword arguments, module constants, errors raised into Python,
 * and edge_op calls back into Python values. tests/js/plugin.test.mjs builds it with
 * emcc and imports it through the runtime's Path A loader. */
#include <ctype.h>

#include "edge_plugin.h"

EDGE_PLUGIN_RUNTIME()

/* slugify(text) -> "hello-world": lower-cased ASCII words joined by '-'. */
EDGE_FUNCTION(slugify) {
  if (!edge_expect_args(argc, 1, "slugify")) return 1;
  char* text;
  size_t len;
  if (edge_get_str(argv[0], &text, &len, "text")) return 1;
  char* slug = (char*)malloc(len + 1);
  size_t n = 0;
  int dash = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)text[i];
    if (isalnum(c)) {
      if (dash && n > 0) slug[n++] = '-';
      slug[n++] = (char)tolower(c);
      dash = 0;
    } else {
      dash = 1;
    }
  }
  *out = edge_str(slug, n);
  free(slug);
  free(text);
  return 0;
}

/* add(a, b) -> a + b for ints that fit in 64 bits. */
EDGE_FUNCTION(add) {
  if (!edge_expect_args(argc, 2, "add")) return 1;
  int64_t a, b;
  if (edge_get_i64(argv[0], &a, "a") || edge_get_i64(argv[1], &b, "b")) return 1;
  *out = edge_int(a + b);
  return 0;
}

/* scale(numbers, factor=2.0) -> [x * factor ...]: iterates a Python list with edge_op
 * and reads the keyword argument from the trailing kwargs slot. */
EDGE_FUNCTION(scale) {
  if (argc < 2 || argc > 3) return edge_fail(EDGE_ERR_TYPE, "scale() takes 1 or 2 positional arguments");
  double factor = 2.0;
  if (argc == 3 && edge_get_f64(argv[1], &factor, "factor")) return 1;
  edge_handle kwargs = argv[argc - 1];
  if (kwargs != 0) {
    edge_handle key = edge_str("factor", 6), value = 0;
    int32_t rc = edge_op(EDGE_OP_GET_ITEM, kwargs, "", 0, &key, 1, &value);
    edge_release(key);
    if (rc == 0) {
      int32_t bad = edge_get_f64(value, &factor, "factor");
      edge_release(value);
      if (bad) return 1;
    } else {
      uint32_t kind;
      char ignored[256];
      edge_take_error(&kind, ignored, sizeof ignored); /* no `factor` keyword */
    }
  }
  edge_handle len_h = 0;
  if (edge_op(EDGE_OP_LEN, argv[0], "", 0, NULL, 0, &len_h)) return 1;
  int64_t count;
  int32_t bad = edge_get_i64(len_h, &count, "len");
  edge_release(len_h);
  if (bad) return 1;
  edge_handle result = 0;
  if (edge_op(EDGE_OP_NEW_LIST, 0, "", 0, NULL, 0, &result)) return 1;
  for (int64_t i = 0; i < count; i++) {
    edge_handle index = edge_int(i), item = 0;
    int32_t rc = edge_op(EDGE_OP_GET_ITEM, argv[0], "", 0, &index, 1, &item);
    edge_release(index);
    double x;
    if (rc || edge_get_f64(item, &x, "every item")) {
      edge_release(result);
      return 1;
    }
    edge_release(item);
    edge_handle scaled = edge_float(x * factor), ignored = 0;
    rc = edge_op(EDGE_OP_CALL, result, "append", 6, &scaled, 1, &ignored);
    edge_release(scaled);
    edge_release(ignored);
    if (rc) {
      edge_release(result);
      return 1;
    }
  }
  *out = result;
  return 0;
}

/* apply(fn, x) -> fn(x): calls a Python callable from the plugin. */
EDGE_FUNCTION(apply) {
  if (!edge_expect_args(argc, 2, "apply")) return 1;
  return edge_op(EDGE_OP_CALL, argv[0], "__call__", 8, &argv[1], 1, out);
}

/* checked_sqrt(x): ValueError for a negative x, a custom exception class for NaN. */
EDGE_FUNCTION(checked_sqrt) {
  if (!edge_expect_args(argc, 1, "checked_sqrt")) return 1;
  double x;
  if (edge_get_f64(argv[0], &x, "x")) return 1;
  if (x != x) return edge_fail(EDGE_ERR_CUSTOM, "ArithmeticError: nan has no square root");
  if (x < 0) return edge_fail(EDGE_ERR_VALUE, "math domain error");
  *out = edge_float(__builtin_sqrt(x)); /* f64.sqrt: no libm needed */
  return 0;
}

/* Module constants: textkit.VERSION and textkit.ANSWER. */
EDGE_EXPORT(__const_VERSION) int32_t const_version(const edge_handle* argv, uint32_t argc, edge_handle* out) {
  *out = edge_str("1.0", 3);
  return 0;
}
EDGE_EXPORT(__const_ANSWER) int32_t const_answer(const edge_handle* argv, uint32_t argc, edge_handle* out) {
  *out = edge_int(42);
  return 0;
}
