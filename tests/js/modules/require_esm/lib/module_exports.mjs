const exported = { kind: 'module.exports export' };
export { exported as 'module.exports' };
export const ignored = true;
