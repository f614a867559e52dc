// An option nodule does not know must stop it before the program runs (node's status 9).
// flags: --bogus
// expect-status: 9
// expect-stderr: nodule: bad option: --bogus
console.log('ESCAPED the program ran');
