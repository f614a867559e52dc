// Signals other processes: the runner (its parent), init, every process, a process group.
const { refused, run } = require('./_hostile');

run(async () => {
  // Harmless signals only: 0 probes, SIGCONT wakes what is not stopped.
  const denied = ['EPERM', 'ESRCH', 'ERR_ACCESS_DENIED'];
  for (const pid of [process.ppid, 1, -1, 0, -process.pid, 2 ** 22]) {
    await refused(`kill ${pid} 0`, denied, () => process.kill(pid, 0));
    await refused(`kill ${pid} SIGCONT`, denied, () => process.kill(pid, 'SIGCONT'));
  }
  await refused('kill the parent with a number', denied, () => process.kill(process.ppid, 18));
});
