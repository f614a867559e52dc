// The `nodule:runtime/workers` interface for a page. The page runs one guest in one Web
// Worker and starts no others: a program's Worker and child processes are refused with
// `access-denied`, as in a CLI run without `--allow-worker`/`--allow-child-process`, and
// the program is never itself a worker.

export function workersInterface(completions) {
  const fail = (code) => completions.complete({ tag: 'failed', val: code });
  return {
    start: () => ({ tag: 'err', val: 'access-denied' }),
    post: () => ({ tag: 'err', val: 'ebadf' }),
    receive: () => fail('ebadf'),
    terminate() {},
    runToEnd: () => [],
    parent: () => undefined,
    postToParent() {},
    receiveFromParent: () => fail('ebadf'),
  };
}

// The `nodule:runtime/host-processes` interface for a page: a page has no host
// executables, so every start is refused as an ungranted one is.
export function hostProcessesInterface(completions) {
  return {
    spawn: () => ({ tag: 'err', val: 'access-denied' }),
    wait: () => completions.complete({ tag: 'failed', val: 'ebadf' }),
    kill: () => ({ tag: 'err', val: 'ebadf' }),
    spawnSync: () => ({ tag: 'err', val: 'access-denied' }),
  };
}
