// Prettier formatting JavaScript, TypeScript, CSS and Markdown through its API.
import * as prettier from 'prettier';

const inputs = [
  ['babel', 'const   a={b:1,c:[1,2,3].map(x=>x*2)};function f( a,b ){return a+b}'],
  ['typescript', 'interface P{name:string;age?:number}\nconst g=<T,>(x:T):T=>x'],
  ['css', 'a{color:red;background:blue}  .b > .c{margin:0 auto}'],
  ['markdown', '# Title\n\n* one\n* two\n\nSome   *text*  here.'],
];
for (const [parser, source] of inputs) {
  console.log(`-- ${parser}`);
  console.log(await prettier.format(source, { parser, singleQuote: parser === 'babel' }));
}
console.log(await prettier.check('const a = 1;\n', { parser: 'babel' }));
