// TypeScript's compiler API: transpiling a module (enums, classes with parameter
// properties, generics, optional chaining down-levelled to ES2017) and a diagnostic
// from a type check of an in-memory program.
const ts = require('typescript');

const source = `
enum Color { Red, Green = 'g', Blue = 4 }
export class Box<T> {
  constructor(private readonly value: T, public label?: string) {}
  map<U>(f: (value: T) => U): Box<U> { return new Box(f(this.value), this.label); }
  get size(): number { return String(this.value)?.length ?? 0; }
}
export const paint = (c: Color): string => Color[c as number] ?? String(c);
`;
const out = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2017 },
});
console.log(out.outputText);

const files = { 'main.ts': 'const n: number = "not a number";\nexport default n;\n' };
const host = ts.createCompilerHost({});
host.getSourceFile = (name, version) =>
  name in files
    ? ts.createSourceFile(name, files[name], version)
    : name.endsWith('.d.ts')
      ? ts.createSourceFile(name, '', version)
      : undefined;
host.fileExists = (name) => name in files;
host.readFile = (name) => files[name];
const program = ts.createProgram(['main.ts'], { noLib: true, types: [] }, host);
// Without the standard library the global types are missing too: those diagnostics have no file.
for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
  const text = `TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  if (diagnostic.file === undefined) {
    console.log(text);
    continue;
  }
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  console.log(`${diagnostic.file.fileName}:${line + 1}:${character + 1} ${text}`);
}
console.log(ts.version);
