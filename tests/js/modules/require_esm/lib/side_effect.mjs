console.log('side_effect evaluated once');
export const stamp = {};
