# Nodule build. `make demo` and `make test` are the two entry points (see README.md);
# both install what is missing, build what changed and are safe to repeat.

SHELL := /bin/bash
.DEFAULT_GOAL := build

TARGET_DIR := $(CURDIR)/target
SYSROOT := $(TARGET_DIR)/wasi-sysroot
GUEST_RAW := $(TARGET_DIR)/wasm32-wasip2/release/nodule_guest.wasm
GUEST := $(TARGET_DIR)/guest/nodule-guest.wasm
PREINIT := $(TARGET_DIR)/release/nodule-preinit
NODULE := $(TARGET_DIR)/release/nodule
TOOLCHAIN_STAMP := $(TARGET_DIR)/.toolchain
# npm packages bundled into the guest (see guest/build.rs); npm ci rewrites this file.
JS_DEPS_STAMP := js-deps/node_modules/.package-lock.json
# The npm packages the real-package tests drive (tests/npm).
NPM_SUITE_STAMP := tests/npm/node_modules/.package-lock.json

# QuickJS is C: build it with Debian's clang and wasi-libc, through a sysroot that
# holds only the wasm headers (without it clang falls back to glibc's), with the
# prelude that turns on QuickJS's stack-overflow check under WASI. The prelude's hash is in the
# flags so that editing it rebuilds QuickJS (cargo reruns rquickjs-sys's build when they change).
PRELUDE := $(CURDIR)/guest/quickjs-prelude.h
GUEST_ENV := CC_wasm32_wasip2=clang-16 AR_wasm32_wasip2=llvm-ar-16 \
	CFLAGS_wasm32_wasip2="--sysroot=$(SYSROOT) -include $(PRELUDE) -DNODULE_PRELUDE=$(shell sha256sum $(PRELUDE) | cut -c1-16)"

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: build toolchain guest host demo test bench clean

build: host

toolchain: $(TOOLCHAIN_STAMP)

$(TOOLCHAIN_STAMP):
	@command -v npm >/dev/null || { echo "npm (Node.js) is needed to install js-deps"; exit 1; }
	rustup target list --installed | grep -qx wasm32-wasip2 || rustup target add wasm32-wasip2
	@missing=""; for p in clang-16 lld-16 llvm-16 wasi-libc; do \
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
	@if [ ! -f $(GUEST) ] || [ $(GUEST_RAW) -nt $(GUEST) ] || [ $(PREINIT) -nt $(GUEST) ]; then \
		mkdir -p $(dir $(GUEST)) && $(PREINIT) $(GUEST_RAW) $(GUEST); fi

host: guest
	NODULE_GUEST=$(GUEST) cargo build --release -p nodule

demo: build
	$(NODULE) examples/demo.js
	$(NODULE) --allow-net=127.0.0.1 examples/http.js

$(NPM_SUITE_STAMP): tests/npm/package.json tests/npm/package-lock.json
	cd tests/npm && npm ci --ignore-scripts --no-audit --no-fund

test: build $(NPM_SUITE_STAMP)
	NODULE=$(NODULE) NODULE_GUEST=$(GUEST) cargo test --release -p nodule -p nodule-tests

bench: build
	bench/startup.sh

clean:
	cargo clean
