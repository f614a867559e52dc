# Nodule build. `make demo` and `make test` are the two entry points (see README.md);
# both install what is missing, build what changed and are safe to repeat.

SHELL := /bin/bash
.DEFAULT_GOAL := build

TARGET_DIR := $(CURDIR)/target
SYSROOT := $(TARGET_DIR)/wasi-sysroot
GUEST_RAW := $(TARGET_DIR)/wasm32-wasip2/release/nodule_guest.wasm
GUEST := $(TARGET_DIR)/guest/nodule-guest.wasm
# The guest compiled to native code for this machine, with epoch checks and without
# (host/engine-config); both go beside the binary (host/src/compiled_guest.rs says why).
GUEST_COMPILED := $(TARGET_DIR)/guest/nodule-guest.cwasm
GUEST_COMPILED_UNINTERRUPTIBLE := $(TARGET_DIR)/guest/nodule-guest-uninterruptible.cwasm
PREINIT := $(TARGET_DIR)/release/nodule-preinit
NODULE := $(TARGET_DIR)/release/nodule
NODULE_GUEST_FILE := $(TARGET_DIR)/release/nodule-guest.cwasm
NODULE_GUEST_FILE_UNINTERRUPTIBLE := $(TARGET_DIR)/release/nodule-guest-uninterruptible.cwasm
# A test-only guest that sends the host what no honest guest sends (tests/hostile-guest).
HOSTILE_GUEST := $(TARGET_DIR)/wasm32-wasip2/release/nodule_hostile_guest.wasm
TOOLCHAIN_STAMP := $(TARGET_DIR)/.toolchain
# npm packages bundled into the guest (see guest/build.rs); npm ci rewrites this file.
JS_DEPS_STAMP := js-deps/node_modules/.package-lock.json
# The npm packages the real-package tests drive (tests/npm).
NPM_SUITE_STAMP := tests/npm/node_modules/.package-lock.json
# The JavaScript formatter and linter (tools/lint).
LINT_STAMP := tools/lint/node_modules/.package-lock.json
# The browser playground's packages: jco's transpiler, CodeMirror, esbuild, playwright-core.
PLAYGROUND_STAMP := playground/node_modules/.package-lock.json
PLAYGROUND_PORT ?= 8080
BIOME := tools/lint/node_modules/.bin/biome

# QuickJS is C: build it with Debian's clang and wasi-libc, through a sysroot that
# holds only the wasm headers (without it clang falls back to glibc's), with the
# prelude that turns on QuickJS's stack-overflow check under WASI. The prelude's hash is in the
# flags so that editing it rebuilds QuickJS (cargo reruns rquickjs-sys's build when they change).
# The -m flags let clang 16 use the WebAssembly features the Rust half of the guest already
# uses (memory.copy/fill for memcpy and memset, saturating float-to-int conversions without
# range checks, sign-extension ops): about 3% on bench/cpu.sh. cc already passes -O3
# (cargo's release opt-level); -O2 measured slower.
PRELUDE := $(CURDIR)/guest/quickjs-prelude.h
GUEST_ENV := CC_wasm32_wasip2=clang-16 AR_wasm32_wasip2=llvm-ar-16 \
	CFLAGS_wasm32_wasip2="--sysroot=$(SYSROOT) -include $(PRELUDE) -DNODULE_PRELUDE=$(shell sha256sum $(PRELUDE) | cut -c1-16) -mbulk-memory -mnontrapping-fptoint -msign-ext -mmutable-globals"

# Copies $(1) to $(2) when they differ, as a new file renamed into place: running
# nodules keep the one they mapped.
install_beside = cmp -s $(1) $(2) || { cp $(1) $(2).tmp && mv $(2).tmp $(2); }
# What the host's build.rs embeds and fingerprints.
GUEST_BUILD_ENV := NODULE_GUEST=$(GUEST) NODULE_GUEST_COMPILED=$(GUEST_COMPILED) NODULE_GUEST_COMPILED_UNINTERRUPTIBLE=$(GUEST_COMPILED_UNINTERRUPTIBLE)

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: build toolchain guest host demo test lint fuzz bench clean playground serve-playground chromium test-browser node-compat node-compat-list

build: host

toolchain: $(TOOLCHAIN_STAMP)

$(TOOLCHAIN_STAMP):
	@command -v npm >/dev/null || { echo "npm (Node.js) is needed to install js-deps"; exit 1; }
	rustup target list --installed | grep -qx wasm32-wasip2 || rustup target add wasm32-wasip2
	@missing=""; for p in clang-16 lld-16 llvm-16 wasi-libc patch; do \
		dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi
	mkdir -p $(SYSROOT)/include $(SYSROOT)/lib
	ln -sfn /usr/include/wasm32-wasi $(SYSROOT)/include/wasm32-wasip2
	ln -sfn /usr/lib/wasm32-wasi $(SYSROOT)/lib/wasm32-wasip2
	touch $@

$(JS_DEPS_STAMP): js-deps/package.json js-deps/package-lock.json
	cd js-deps && npm ci --ignore-scripts --no-audit --no-fund

# cargo decides what is stale; make only orders the steps.
guest: toolchain $(JS_DEPS_STAMP)
	$(GUEST_ENV) cargo build --release -p nodule-guest --target wasm32-wasip2
	cargo build --release -p nodule-preinit
	@if [ ! -f $(GUEST_COMPILED_UNINTERRUPTIBLE) ] || [ $(GUEST_RAW) -nt $(GUEST_COMPILED_UNINTERRUPTIBLE) ] || [ $(PREINIT) -nt $(GUEST_COMPILED_UNINTERRUPTIBLE) ]; then \
		mkdir -p $(dir $(GUEST)) && $(PREINIT) $(GUEST_RAW) $(GUEST) $(GUEST_COMPILED) $(GUEST_COMPILED_UNINTERRUPTIBLE); fi

host: guest
	$(GUEST_BUILD_ENV) cargo build --release -p nodule
	@$(call install_beside,$(GUEST_COMPILED),$(NODULE_GUEST_FILE))
	@$(call install_beside,$(GUEST_COMPILED_UNINTERRUPTIBLE),$(NODULE_GUEST_FILE_UNINTERRUPTIBLE))

demo: build
	$(NODULE) examples/demo.js
	$(NODULE) --allow-net=127.0.0.1 examples/http.js

$(NPM_SUITE_STAMP): tests/npm/package.json tests/npm/package-lock.json
	cd tests/npm && npm ci --ignore-scripts --no-audit --no-fund

test: build $(NPM_SUITE_STAMP) lint fuzz chromium
	cargo build --release -p nodule-hostile-guest --target wasm32-wasip2
	NODULE=$(NODULE) $(GUEST_BUILD_ENV) NODULE_HOSTILE_GUEST=$(HOSTILE_GUEST) \
		cargo test --release -p nodule -p nodule-tests
	$(MAKE) --no-print-directory node-compat-list
	@if [ -x /usr/bin/chromium ]; then $(MAKE) --no-print-directory test-browser; \
	else echo "test-browser skipped: /usr/bin/chromium is not installed"; fi

# Node's own tests (../shared/node-suite, tests/node_compat/README.md): `make test` runs the
# ones Nodule passes (tests/node_compat/passing.txt) and fails on any of them failing;
# `make node-compat` runs the whole suite (about 30 minutes) and rewrites tests/node_compat/REPORT.md.
# Both skip, saying so, where the suite is absent.
node-compat-list: build
	NODULE=$(NODULE) tests/node_compat/run.sh list

node-compat: build
	NODULE=$(NODULE) tests/node_compat/run.sh report

$(LINT_STAMP): tools/lint/package.json tools/lint/package-lock.json
	cd tools/lint && npm ci --no-audit --no-fund

# Formatting and lints: rustfmt and clippy (warnings are errors) for every crate, the
# guest for its own target, the fuzz targets in their own workspace; biome for js-lib and
# the playground.
# `make test` runs it first.
lint: guest $(LINT_STAMP)
	cargo fmt --check
	cd fuzz && cargo fmt --check && cargo clippy --all-targets -- -D warnings
	$(GUEST_BUILD_ENV) cargo clippy --release -p nodule -p nodule-engine-config -p nodule-preinit -p nodule-tests --all-targets -- -D warnings -D clippy::undocumented_unsafe_blocks
	$(GUEST_ENV) cargo clippy --release -p nodule-guest -p nodule-hostile-guest --target wasm32-wasip2 -- -D warnings -D clippy::undocumented_unsafe_blocks
	$(BIOME) check js-lib playground

# cargo-fuzz, installed once into ~/.cargo/bin when missing (about 80 s on two cores).
CARGO_FUZZ_VERSION := 0.13.2
FUZZ_TARGETS := net_grants env_grant project_grants normalize
# Seconds each target runs in `make test`: a bounded share of CI, not a search to the end.
FUZZ_SECONDS := 20

# The host's boundary functions under libFuzzer (fuzz/README.md). `-s none`: cargo fuzz
# needs nightly only for its sanitizers, and the code fuzzed is safe Rust, whose failures
# are panics. The corpus grown in fuzz/corpus is kept (git-ignored), so a run starts where
# the last one stopped. A crash fails the run: its input is left in fuzz/artifacts, and
# the panic is printed with the command that replays it.
fuzz:
	@command -v cargo-fuzz >/dev/null || { echo "installing cargo-fuzz $(CARGO_FUZZ_VERSION)"; \
		time cargo install cargo-fuzz --locked --version $(CARGO_FUZZ_VERSION); }
	cd fuzz && cargo fuzz build -s none
	@cd fuzz && for target in $(FUZZ_TARGETS); do \
		log=target/$$target.log; mkdir -p corpus/$$target; \
		if cargo fuzz run -s none $$target corpus/$$target seeds/$$target -- -max_total_time=$(FUZZ_SECONDS) >$$log 2>&1; then \
			echo "fuzz $$target: $$(grep -o 'Done [0-9]* runs in [0-9]* second(s)' $$log), no crash"; \
		else \
			sed -n -e '/panicked at/,/^stack backtrace/p' -e '/^Failing input:/,/^Minimize/p' $$log; \
			echo "fuzz $$target: crashed (its whole log: fuzz/$$log)"; exit 1; \
		fi; \
	done

bench: build
	bench/startup.sh

$(PLAYGROUND_STAMP): playground/package.json playground/package-lock.json
	cd playground && npm ci --ignore-scripts --no-audit --no-fund

# The browser playground (playground/README.md): a static site in target/playground.
playground: guest $(PLAYGROUND_STAMP)
	node playground/build.mjs

# Serves it on 127.0.0.1 with the cross-origin isolation headers its workers need.
serve-playground: playground
	node playground/serve.mjs $(PLAYGROUND_PORT)

# Debian's Chromium, for the browser tests (Playwright drives it; it never downloads one).
chromium:
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

test-browser: playground
	node --test --test-concurrency=1 playground/tests/

clean:
	cargo clean
