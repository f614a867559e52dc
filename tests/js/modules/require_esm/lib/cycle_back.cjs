try {
  require('./cycle.mjs');
} catch (err) {
  console.log('cycle:', err.code, err.message.replace(__dirname, '<lib>').replace(__dirname, '<lib>'));
}
