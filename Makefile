# Thin front for CMake. `make test` and `make run` work on a fresh Debian 12:
# they install what is missing first (scripts/install-deps.sh).
BUILD ?= build
MAKEFLAGS += --no-print-directory
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
NODUS := $(BUILD)/nodus

.PHONY: all deps build test run asan oracle bench format clean

all: build

deps:
	@sh scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

test: build
	@sh test/run.sh $(NODUS)

run: build
	@$(NODUS) examples/welcome.js

asan: deps
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DND_SANITIZE=ON >/dev/null
	@cmake --build build-asan -j $(JOBS)
	@ASAN_OPTIONS=detect_leaks=0 sh test/run.sh build-asan/nodus

clean:
	rm -rf $(BUILD) build-asan
