// ESLint's Linter: rules reporting on a snippet, and fixing it.
const { Linter } = require('eslint');

const linter = new Linter();
const config = {
  parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
  env: { es2022: true },
  rules: { eqeqeq: 'error', 'no-unused-vars': 'warn', 'no-undef': 'error', semi: ['error', 'always'], quotes: ['error', 'single'] },
};
const code = 'import fs from "fs"\nlet x = 1\nif (x == 2) { missing() }\n';
for (const message of linter.verify(code, config, { filename: 'a.mjs' })) {
  console.log(`${message.line}:${message.column} ${message.ruleId} ${message.message}`);
}
console.log(linter.verifyAndFix(code, config, { filename: 'a.mjs' }).output);
