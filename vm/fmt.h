// The one way this project includes {fmt}. It is used header-only on both builds
// (Debian's libfmt-dev headers; the wasm sysroot cannot see /usr/include, so CMake adds
// a directory holding just a link to them). The configuration below keeps fmt from
// touching locales or stdio and from throwing: the VM is built with -fno-exceptions, and
// on wasm any stdio use would drag WASI imports into compiler_lib.wasm. fmt only throws
// on malformed format strings, which are compile-time constants here, so a trap is the
// right response to a broken invariant.
#pragma once

#define FMT_HEADER_ONLY 1
#define FMT_STATIC_THOUSANDS_SEPARATOR ','
#define FMT_THROW(x) __builtin_trap()
#define FMT_ASSERT(condition, message) ((condition) ? (void)0 : __builtin_trap())

#include <fmt/format.h>
