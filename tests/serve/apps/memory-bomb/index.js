// Takes memory until something stops it, keeping every block reachable.
module.exports = () => {
  const blocks = [];
  for (;;) blocks.push(new Float64Array(1 << 20).fill(1));
};
