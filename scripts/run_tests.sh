#!/usr/bin/env bash
# Runs every test suite against the current builds (build/native, build/wasm) and
# ends with one summary line per suite. Called by `make test`, after setup and build.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/.."

failed=0
summary=()
run() {
  local name="$1"; shift
  echo "=== $name: $*"
  if "$@"; then
    summary+=("PASS  $name")
  else
    summary+=("FAIL  $name")
    failed=1
  fi
}

run "abi constants are generated from vm/abi.def" node scripts/gen_abi_constants.mjs --check
run "unit tests (doctest)" build/native/edge_unit_tests --minimal
run "js tests (node --test)" node --test tests/js/
run "python corpus, native and wasm" node tests/run_corpus.mjs --target both
# The scheduler must not change what a program prints when it takes control back
# every few ticks (docs/concurrency.md, "Preemption and limits").
run "python corpus, preempted every 3 ticks, native and wasm" node tests/run_corpus.mjs --target both --preempt 3
# The runtime in real headless Chromium (tests/browser/README.md): servers on 127.0.0.1.
run "browser tests (node --test, Chromium)" node --test tests/browser/

echo
echo "=== summary"
printf '%s\n' "${summary[@]}"
exit $failed
