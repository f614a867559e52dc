// The `nodule:runtime/process` interface for a page (host/src/process.rs): the facts a
// browser can give, `exit`, and `process.permission.has` over this host's grants.

import { GRANTED_ROOTS, normalize } from './fs.js';

/** `process.exit(code)`: thrown out of the guest, as the CLI carries it out as a trap. */
export class ProcessExit extends Error {
  constructor(code) {
    super(`process.exit(${code})`);
    this.code = code;
  }
}

/**
 * The interface for one run. `origin` is the `host:port` the program may reach (the
 * page's own), or null when the network was not granted; `environment` holds the
 * variables it sees.
 */
export function processInterface(origin, environment) {
  const pathGranted = (reference) => {
    if (reference === undefined) return true;
    const path = normalize(reference);
    return path !== null && GRANTED_ROOTS.some((root) => path === root || path.startsWith(`${root}/`));
  };
  const gib = 2 ** 30;
  // The page's zone, so that Date's local time is the visitor's.
  const pageTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  return {
    queryHost: () => ({
      pid: 1,
      ppid: 0,
      platform: 'linux',
      arch: 'wasm32',
      timeZone: pageTimeZone,
      systemTimeZone: pageTimeZone,
    }),
    querySystem: () => ({
      hostname: 'localhost',
      osRelease: '',
      osVersion: navigator.userAgent,
      machine: 'wasm32',
      cpuCount: navigator.hardwareConcurrency || 1,
      // navigator.deviceMemory is a coarse figure in GiB (Chromium only).
      totalMemory: BigInt((navigator.deviceMemory || 4) * gib),
      freeMemory: BigInt((navigator.deviceMemory || 4) * gib) / 2n,
      uptime: performance.now() / 1000,
      loadAverage: [0, 0, 0],
    }),
    // A page has no data file to name: Intl keeps the data built in.
    icuData: () => undefined,
    exit(code) {
      throw new ProcessExit(code);
    },
    permissionHas(scope, reference) {
      switch (scope) {
        case 'fs':
        case 'fs.read':
        case 'fs.write':
          return pathGranted(reference);
        case 'net':
          return origin !== null && (reference === undefined || reference === origin || reference === origin.split(':')[0]);
        case 'env':
          return reference === undefined ? Object.keys(environment).length > 0 : Object.hasOwn(environment, reference);
        default:
          return false;
      }
    },
  };
}
