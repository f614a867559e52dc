try {
  require('../import_cycle.mjs');
} catch (err) {
  console.log(err.name, err.code, err.message.replaceAll(require('node:path').dirname(__dirname), '<dir>'));
}
