// The doctest entry point for edge_unit_tests; every other file in tests/unit adds
// TEST_CASEs. Run `build/native/edge_unit_tests --help` for filters.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#define DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS
#include <doctest/doctest.h>
