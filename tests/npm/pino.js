// pino writing to descriptor 1 through sonic-boom (fs.writeSync): levels, fields,
// child loggers, level changes, interleaved with console output.
const pino = require('pino');

const logger = pino({ base: undefined, timestamp: false }, pino.destination({ dest: 1, sync: true }));
logger.info('hello');
console.log('console in between');
logger.warn({ user: 'ada', n: 3 }, 'with fields');
logger.child({ module: 'db' }).error({ code: 'E_BOOM', retry: false }, 'failed');
logger.debug('below the level');
logger.level = 'debug';
logger.debug({ list: [1, 2] }, 'now shown');
