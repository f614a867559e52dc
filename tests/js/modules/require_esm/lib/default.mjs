export const named = 'named';
export default function greet() {
  return 'hello';
}
