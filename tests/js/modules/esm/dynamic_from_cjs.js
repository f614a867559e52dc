import('./lib/exports.mjs').then((m) => console.log('dynamic from cjs', m.default));

