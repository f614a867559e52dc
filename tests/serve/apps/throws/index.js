module.exports = () => {
  throw new Error('a bug in the tenant');
};
