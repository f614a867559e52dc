console.log('tla body ran');
await Promise.resolve();
export const late = 'late';
