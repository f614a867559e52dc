// Loads outside files as modules, by require, the module system's internals and import().
const { pathToFileURL } = require('url');
const { secret, refused, run } = require('./_hostile');

run(async () => {
  const missing = ['MODULE_NOT_FOUND', 'ERR_ACCESS_DENIED'];
  await refused('require relative', missing, () => require('../outside/secret.txt'));
  await refused('require absolute', missing, () => require(secret));
  await refused('require.resolve', missing, () => require.resolve(secret));
  await refused('Module._load', missing, () => module.constructor._load(secret, module));
  await refused('createRequire', missing, () => require('module').createRequire(secret)('./secret.txt'));
  await refused('require /etc/passwd', missing, () => require('/etc/passwd'));
  await refused('require a JSON outside', missing, () => require(`${secret}/../secret.json`));
  const importMissing = ['ERR_MODULE_NOT_FOUND', 'ERR_ACCESS_DENIED', 'ERR_UNKNOWN_FILE_EXTENSION'];
  await refused('import a file URL', importMissing, () => import(pathToFileURL(secret).href));
  await refused('import an absolute path', importMissing, () => import(secret));
  await refused('import /etc/passwd', importMissing, () => import('file:///etc/passwd'));
});
