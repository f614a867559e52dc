// One file-system workload, chosen by argv[2]; prints nothing (the driver times it).
// The folder to work in is argv[3].
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');
const [, , workload, dir] = process.argv;
const big = path.join(dir, 'big.bin');

const workloads = {
  setup() {
    fs.writeFileSync(big, Buffer.alloc(100 * 1024 * 1024, 7));
  },
  readFile() {
    fs.readFile(big, (err, data) => {
      if (err || data.length !== 100 * 1024 * 1024) throw err ?? new Error('short read');
    });
  },
  async streamCopy() {
    await pipeline(fs.createReadStream(big), fs.createWriteStream(path.join(dir, 'copy.bin')));
  },
  smallFiles() {
    const small = path.join(dir, 'small');
    fs.rmSync(small, { recursive: true, force: true });
    fs.mkdirSync(small);
    for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(small, `f${i}.txt`), `file ${i}`);
    let total = 0;
    for (const name of fs.readdirSync(small)) total += fs.statSync(path.join(small, name)).size;
    if (total === 0) throw new Error('nothing written');
  },
  async concurrentReads() {
    const small = path.join(dir, 'small');
    const names = fs.readdirSync(small).slice(0, 1000);
    await Promise.all(names.map((name) => fs.promises.readFile(path.join(small, name))));
  },
};

workloads[workload]();
