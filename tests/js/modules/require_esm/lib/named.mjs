import { helper } from './helper.cjs';
export const value = helper('named');
export let counter = 0;
export function increment() {
  counter++;
}
