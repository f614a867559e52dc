export default 'lib/maker/target.mjs';
