import('./lib.mjs').then((m) => console.log('dynamic from cjs', m.default));

