const Mustache = require('mustache');
console.log(Mustache.render('Hello {{name}}! {{#items}}[{{.}}]{{/items}}{{^empty}} none{{/empty}} {{{html}}} {{html}}', { name: 'World', items: [1, 2], empty: [], html: '<b>' }));
