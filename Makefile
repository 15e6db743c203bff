# Edge Python: the top-level commands.
#
#   make setup   install everything the project needs (Debian + npm packages; idempotent)
#   make build   native build (build/native/edge, tests) and wasm build (build/wasm/compiler_lib.wasm)
#   make test    setup + build + every test suite
#   make demo    setup + build + run examples/hello.py through compiler_lib.wasm, then serve
#                the repository on 127.0.0.1:$(PORT) and print the example pages' URLs
#   make bench   native benchmarks against python3 (ratios; nothing asserts timings)
#
# Both builds use CMake; the wasm one goes through Debian's emscripten (emcmake).
# NODE_PATH lets emcc find Debian's node-acorn when it optimises.

JOBS ?= 2
BUILD_TYPE ?= Release
export NODE_PATH := /usr/share/nodejs

NATIVE_DIR := build/native
WASM_DIR := build/wasm

.PHONY: all setup build build-native build-wasm constants test test-unit test-corpus test-js test-browser demo bench clean

all: build

setup:
	./scripts/setup.sh

constants:
	node scripts/gen_abi_constants.mjs

build: build-native build-wasm

build-native: constants
	cmake -S . -B $(NATIVE_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) > /dev/null
	cmake --build $(NATIVE_DIR) -j $(JOBS)

build-wasm: constants
	emcmake cmake -S . -B $(WASM_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) > /dev/null
	cmake --build $(WASM_DIR) -j $(JOBS)
	cp $(WASM_DIR)/compiler_lib.wasm js/compiler_lib.wasm

test: setup build
	./scripts/run_tests.sh

PORT ?= 8000

demo: setup build
	@echo "--- examples/hello.py through compiler_lib.wasm:"
	node js/cli.mjs examples/hello.py
	@cp build/wasm/compiler_lib.wasm js/compiler_lib.wasm
	@echo "--- the example pages (Ctrl+C stops the server):"
	PORT=$(PORT) node tests/browser/server.mjs

test-browser:
	node --test tests/browser/

bench: build-native
	node bench/run.mjs --edge $(NATIVE_DIR)/edge

clean:
	rm -rf build
