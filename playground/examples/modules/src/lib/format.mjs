import { inspect } from 'node:util';

export default function format(value) {
  return inspect(value, { compact: true });
}

export const shout = (text) => `${text.toUpperCase()}!`;
