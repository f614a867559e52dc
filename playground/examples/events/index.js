const { EventEmitter, once } = require('node:events');

class Thermostat extends EventEmitter {
  set(degrees) {
    this.emit('change', degrees);
    if (degrees > 25) this.emit('warning', `too warm: ${degrees}`);
  }
}

const thermostat = new Thermostat();
thermostat.on('change', (degrees) => console.log('changed to', degrees));
thermostat.once('warning', (message) => console.log('first warning:', message));
thermostat.prependListener('change', () => console.log('(prepended listener runs first)'));

thermostat.set(21);
thermostat.set(27);
thermostat.set(30);
console.log('listeners:', thermostat.listenerCount('change'), thermostat.eventNames());

try {
  thermostat.emit('error', new Error('sensor offline'));
} catch (error) {
  console.log('unhandled error event throws:', error.message);
}

(async () => {
  setTimeout(() => thermostat.emit('ready', 'calibrated'), 10);
  const [state] = await once(thermostat, 'ready');
  console.log('once resolved with', state);
})();
