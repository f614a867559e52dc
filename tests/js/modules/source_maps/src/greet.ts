// A module compiled to JavaScript with a source map beside it.
interface Greeting {
  name: string;
}

export function greet(who: Greeting): string {
  if (who.name === '') {
    throw new Error('nobody to greet');
  }
  return `hello ${who.name}`;
}

export class Greeter {
  constructor(private readonly prefix: string) {}

  fail(): never {
    const detail: string = this.prefix;
    throw new TypeError(`greeter failed: ${detail}`);
  }
}
