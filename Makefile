# tacitus -- plain Makefile.  `make` builds the library and CLI into build/,
# `make test` runs unit, golden and sanitizer tests, `make bench` measures.
CC      ?= cc
PREFIX  ?= /usr/local
DATADIR ?= $(PREFIX)/share/tacitus
PKGS    := json-c sqlite3
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -ljson-c -lsqlite3)
WERROR  := $(if $(CI),-Werror,)
CFLAGS  ?= -O3 -g
override CFLAGS  += -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra $(WERROR) \
           -Iinclude -Isrc $(PKG_CFLAGS) -DTAC_DATADIR='"$(DATADIR)"'
override LDLIBS  += $(PKG_LIBS) -lpthread -lm

BUILD   ?= build
LIB_SRC := $(wildcard src/*.c)
CLI_SRC := $(wildcard cli/*.c)
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps example test unit golden script store-test asan bench profile eval check-symbols clean install
all: $(BUILD)/tacitus

deps:
	@bash scripts/install-deps.sh

$(BUILD)/%.o: %.c $(wildcard include/*.h src/*.h cli/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(BUILD)/libtacitus.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/tacitus: $(CLI_OBJ) $(BUILD)/libtacitus.a
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libtacitus.a $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(BUILD)/libtacitus.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -DTAC_SOURCE_DIR='"$(CURDIR)"' -o $@ $< $(BUILD)/libtacitus.a $(LDLIBS) -lcmocka

# Codes the example article into the default store (./tacitus.db) and
# queries it: the article's events involving Ukraine.
example: $(BUILD)/tacitus
	$(BUILD)/tacitus ingest --date 2025-04-25 examples/article.txt
	$(BUILD)/tacitus query --actor UKR

unit: $(UNIT_BIN)
	@bash tests/run-unit.sh $(UNIT_BIN)

golden: $(BUILD)/tacitus
	@bash tests/golden/run.sh $(BUILD)/tacitus

# Event store through the CLI: transcript, kill -9 and resume, a reader
# during ingest, exports checked with python3.
store-test: $(BUILD)/tacitus
	@bash tests/store/run.sh $(BUILD)/tacitus

# Script tests: checks that compare several CLI runs (threads, dictionary cache).
script: $(BUILD)/tacitus
	@bash tests/script/run.sh $(BUILD)/tacitus

# Sanitizer build in its own tree; runs the unit and golden tests again.
asan:
	$(MAKE) BUILD=build-asan CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined" build-asan/tacitus
	$(MAKE) BUILD=build-asan CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" unit golden script store-test
	$(MAKE) fuzz-replay

# Fuzz targets (docs/fuzzing.md).  fuzz-replay builds each target with
# the replay driver under ASan+UBSan (gcc is enough) and runs it over its
# corpus in fuzz/corpus/TARGET; then the libFuzzer builds, when clang
# has libFuzzer (skipped with a message otherwise).
FUZZ_TARGETS := fuzz_code fuzz_dict fuzz_jsonl fuzz_options
FUZZ_SAN   := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_MAIN  ?= fuzz/replay.c
FUZZ_CLANG ?= clang
.PHONY: fuzz-bins fuzz-replay fuzz-libfuzzer

$(BUILD)/fuzz/%: fuzz/%.c fuzz/fuzz_common.c fuzz/fuzz.h $(FUZZ_MAIN) $(BUILD)/libtacitus.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Ifuzz -DFUZZ_DICT_DIR='"$(CURDIR)/fuzz/dict"' -o $@ $< fuzz/fuzz_common.c \
	    $(FUZZ_MAIN) $(BUILD)/libtacitus.a $(FUZZ_LDFLAGS) $(LDLIBS)

fuzz-bins: $(FUZZ_TARGETS:%=$(BUILD)/fuzz/%)

fuzz-replay:
	$(MAKE) BUILD=build-asan CFLAGS="$(FUZZ_SAN)" fuzz-bins
	@for t in $(FUZZ_TARGETS); do build-asan/fuzz/$$t fuzz/corpus/$$t || exit 1; done
	@$(MAKE) --no-print-directory fuzz-libfuzzer

fuzz-libfuzzer:
	@if echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return n ? d[0] : 0; }' | \
	    $(FUZZ_CLANG) -x c -fsanitize=fuzzer -o /dev/null - >/dev/null 2>&1; then \
	    $(MAKE) --no-print-directory BUILD=build/libfuzzer CC=$(FUZZ_CLANG) FUZZ_MAIN= FUZZ_LDFLAGS=-fsanitize=fuzzer \
	        CFLAGS="$(FUZZ_SAN) -fsanitize=fuzzer-no-link" fuzz-bins; \
	else echo "fuzz: $(FUZZ_CLANG) with libFuzzer not found: libFuzzer builds skipped"; fi

test: all check-symbols unit golden script store-test asan
	@echo "all test suites passed"

check-symbols: $(BUILD)/libtacitus.a
	@bash tests/check-symbols.sh $(BUILD)/libtacitus.a

bench: $(BUILD)/tacitus
	@bash bench/run.sh $(BUILD)/tacitus

# Where the time goes (perf): per function and stage of one coding
# thread, per thread of an ingest (docs/performance.md).  Its own build
# keeps frame pointers, so that every sample has its whole call chain.
PROF_CFLAGS ?= -O3 -g -fno-omit-frame-pointer
profile:
	@$(MAKE) --no-print-directory BUILD=build-prof CFLAGS="$(PROF_CFLAGS)" build-prof/tacitus >/dev/null
	@bash bench/profile.sh build-prof/tacitus

eval: $(BUILD)/tacitus
	$(BUILD)/tacitus eval

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(DATADIR)/dict
	install -m 755 $(BUILD)/tacitus $(DESTDIR)$(PREFIX)/bin/
	install -m 644 include/tacitus.h $(DESTDIR)$(PREFIX)/include/
	install -m 644 $(BUILD)/libtacitus.a $(DESTDIR)$(PREFIX)/lib/
	install -m 644 dict/default/*.txt $(DESTDIR)$(DATADIR)/dict/

clean:
	rm -rf build build-asan build-prof
