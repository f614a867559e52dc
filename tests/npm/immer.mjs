import { produce, enablePatches, produceWithPatches } from 'immer';
enablePatches();
const base = { todos: [{ text: 'learn', done: false }], count: 1 };
const next = produce(base, (draft) => {
  draft.todos.push({ text: 'ship', done: true });
  draft.count += 1;
});
console.log(base.count, next.count, next.todos.length, base.todos === next.todos, base.todos[0] === next.todos[0], Object.isFrozen(next));
const [, patches] = produceWithPatches(base, (draft) => {
  draft.todos[0].done = true;
});
console.log(patches);
