// Reads the host process's own /proc entries: environment, memory, descriptors, cwd and root detours.
const fs = require('fs');
const { secret, refused, run } = require('./_hostile');

run(async () => {
  const denied = ['ERR_ACCESS_DENIED'];
  const files = [
    '/proc/self/environ',
    '/proc/self/cmdline',
    '/proc/self/maps',
    '/proc/self/mem',
    '/proc/self/status',
    '/proc/self/auxv',
    '/proc/1/environ',
    `/proc/${process.pid}/environ`,
    '/proc/thread-self/environ',
    '/proc/self/cwd/../outside/secret.txt',
    `/proc/self/root${secret}`,
    '/proc/self/fd/0',
    '/proc/self/fd/1',
  ];
  for (const file of files) {
    await refused(`readFileSync ${file}`, denied, () => fs.readFileSync(file, 'utf8'));
    await refused(`promises.readFile ${file}`, denied, () => fs.promises.readFile(file, 'utf8'));
  }
  await refused('open /proc/self/mem for writing', denied, () => fs.openSync('/proc/self/mem', 'r+'));
  await refused('list /proc/self/fd', denied, () => fs.readdirSync('/proc/self/fd'));
  await refused('readlink /proc/self/exe', denied, () => fs.readlinkSync('/proc/self/exe'));
  await refused('write /proc/self/oom_score_adj', denied, () => fs.writeFileSync('/proc/self/oom_score_adj', '1000'));
  await refused('write /proc/sys/kernel/core_pattern', denied, () => fs.writeFileSync('/proc/sys/kernel/core_pattern', '|/bin/sh'));
});
