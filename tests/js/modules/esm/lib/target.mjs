export default 'lib/target.mjs';
