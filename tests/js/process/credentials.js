// The set*id family: Node's argument checks, unknown names, and ids that change what the
// get*id calls report, refused (EPERM) once the program is no longer root.
for (const [name, args] of [
  ['setuid', [{}]],
  ['seteuid', ['no-such-user-here']],
  ['setgid', [-1]],
  ['setgroups', [undefined]],
  ['setgroups', [[1, null]]],
  ['setgroups', [[1, 'no-such-group-here']]],
  ['initgroups', ['no-such-user-here', 'no-such-group-here']],
  ['initgroups', [true, 1]],
]) {
  try {
    process[name](...args);
    console.log(name, 'ok');
  } catch (err) {
    console.log(name, err.name, err.code, err.message);
  }
}
console.log(process.getuid() === process.geteuid(), process.getgid() === process.getegid());
