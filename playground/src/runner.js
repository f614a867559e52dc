// Runs the guest in Web Workers: one is always instantiated and waiting, so a Run only
// has to hand it the files; Stop terminates the running one. No worker is ever reused:
// every run starts from a clean instance and a fresh in-memory file system.

export class GuestRunner {
  /** `modules`: a promise of the compiled core modules, by file name. */
  constructor(modules) {
    this.modules = modules;
    this.ready = false;
    this.running = null;
    this.onReady = () => {};
    this.onError = () => {};
    this.prepare();
  }

  /** Starts the next worker and instantiates the guest in it. */
  prepare() {
    this.ready = false;
    const worker = new Worker('worker.js', { type: 'module' });
    this.standby = worker;
    worker.onmessage = ({ data }) => {
      if (data.ready && this.standby === worker) {
        this.ready = true;
        this.onReady();
      }
    };
    worker.onerror = (event) => this.onError(event.message);
    this.modules.then(
      (modules) => worker.postMessage({ modules }),
      (error) => this.onError(String(error)),
    );
  }

  /** Runs `request` (`{ files, entry, origin }`) in the waiting worker. */
  run(request, { output, exit }) {
    const worker = this.standby;
    const finish = (status, crash) => {
      if (this.running?.worker !== worker) return;
      worker.terminate();
      this.running = null;
      exit(status, crash);
    };
    this.running = { worker, finish };
    worker.onmessage = ({ data }) => {
      if (data.stream) output(data.stream, data.bytes);
      else if ('exit' in data) finish(data.exit);
      else if (data.crash) finish(1, data.crash);
    };
    worker.onerror = (event) => finish(1, event.message);
    worker.postMessage({ run: request });
    this.prepare();
  }

  stop() {
    this.running?.finish(null);
  }
}
