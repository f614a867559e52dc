const escapeHtml = require('escape-html');
console.log(escapeHtml('<script>alert("x & y")</script>'), escapeHtml("it's"), escapeHtml(''));
