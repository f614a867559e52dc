import { marked } from 'marked';
console.log(marked.parse('# Title\n\nSome *emphasis* and `code`.\n\n- one\n- two\n\n```js\nconst x = 1;\n```\n\n[link](https://example.com)'));
