export const typed = 'a .js file in a "type": "module" package';
