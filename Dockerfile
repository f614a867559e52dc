# nodule serve in a container: `docker build -t nodule .`; the config is read from
# /srv/config/nodule.toml, the apps from wherever it says (deploy/ has Kubernetes manifests).
FROM rust:1.95-bookworm AS build
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /nodule
COPY . .
# The Makefile installs the rest of the toolchain (wasm32-wasip2, clang-16, wasi-libc).
RUN make build

FROM debian:bookworm-slim
# The compiled guest must sit beside the binary (host/src/compiled_guest.rs).
COPY --from=build /nodule/target/release/nodule /nodule/target/release/nodule-guest.cwasm /nodule/target/release/nodule-guest-uninterruptible.cwasm /usr/local/bin/
RUN useradd --system --no-create-home nodule
USER nodule
WORKDIR /srv
EXPOSE 8080 9090
ENTRYPOINT ["nodule", "serve", "--config", "/srv/config/nodule.toml", "--admin", "0.0.0.0:9090"]
