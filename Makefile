# Thin front for CMake. `make test` and `make run` work on a fresh Debian 12:
# they install what is missing first (scripts/install-deps.sh).
BUILD ?= build
MAKEFLAGS += --no-print-directory
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
NODUS := $(BUILD)/nodus

# Sanitizer runs: every error is fatal; leaks the engine itself leaves at exit
# are suppressed (see scripts/lsan.supp), ours are not.
ASAN_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan.supp:malloc_context_size=2:print_suppressions=0

.PHONY: all deps build test run asan oracle bench format clean fuzz fuzz-url fuzz-esm

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
	@cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=Debug -DND_SANITIZE=ON >/dev/null
	@cmake --build $(BUILD)-asan -j $(JOBS)
	@$(ASAN_ENV) sh test/run.sh $(BUILD)-asan/nodus

oracle:
	@node=$$(sh scripts/oracle.sh) && sh test/run.sh "$$node"

bench: build
	@cmake --build $(BUILD) --target nd_measure nd_esm_speed >/dev/null
	@sh bench/run.sh $(NODUS)

# make fuzz runs every fuzz target for FUZZ_TIME seconds each.
fuzz: fuzz-url fuzz-esm

# make fuzz-url [FUZZ_TIME=seconds]: the libFuzzer target for src/url under
# ASan/UBSan, run on a corpus kept in $(BUILD)-fuzz/corpus-url.
FUZZ_TIME ?= 60
FUZZ_CC ?= clang-14
fuzz-url: deps
	@mkdir -p $(BUILD)-fuzz/corpus-url
	@$(FUZZ_CC) -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-Isrc test/fuzz/fuzz-url.c src/url/*.c $$(pkg-config --cflags --libs icu-uc) \
		-o $(BUILD)-fuzz/fuzz-url
	@$(BUILD)-fuzz/fuzz-url -max_total_time=$(FUZZ_TIME) -max_len=512 -timeout=10 -artifact_prefix=$(BUILD)-fuzz/ \
		$(BUILD)-fuzz/corpus-url test/fuzz/seeds-url

# make fuzz-esm [FUZZ_TIME=seconds]: the libFuzzer target for src/esm under
# ASan/UBSan, run on a corpus kept in $(BUILD)-fuzz/corpus-esm.
fuzz-esm: deps
	@mkdir -p $(BUILD)-fuzz/corpus-esm
	@$(FUZZ_CC) -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-Isrc test/fuzz/fuzz-esm.c src/esm/*.c -o $(BUILD)-fuzz/fuzz-esm
	@$(BUILD)-fuzz/fuzz-esm -max_total_time=$(FUZZ_TIME) -max_len=4096 -timeout=10 -artifact_prefix=$(BUILD)-fuzz/ \
		$(BUILD)-fuzz/corpus-esm test/esm/fixtures

format:
	@sh scripts/install-deps.sh clang-format
	@clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf $(BUILD) $(BUILD)-asan
