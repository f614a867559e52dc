const Handlebars = require('handlebars');
Handlebars.registerHelper('upper', (s) => s.toUpperCase());
const template = Handlebars.compile('<h1>{{upper title}}</h1>{{#each items}}<li>{{@index}}: {{this.name}}{{#if this.done}} ✓{{/if}}</li>{{/each}}{{{raw}}} {{escaped}}');
console.log(template({ title: 'todo', items: [{ name: 'a', done: true }, { name: 'b' }], raw: '<b>raw</b>', escaped: '<i>&</i>' }));
