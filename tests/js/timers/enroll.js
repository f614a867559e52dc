// The legacy timers.enroll/active/unenroll make any object with an _onTimeout a timer.
const timers = require('timers');

process.on('warning', (warning) => console.log('warning', warning.name, warning.code, warning.message));

const item = {
  _onTimeout() {
    console.log('enrolled item fired');
    const interval = setInterval(() => {
      console.log('interval once');
      interval._idleTimeout = -1;
    }, 1);
  },
};
timers.enroll(item, 5);
timers.active(item);

const cancelled = {
  _onTimeout() {
    console.log('never');
  },
};
timers.enroll(cancelled, 1);
timers.active(cancelled);
timers.unenroll(cancelled);
console.log('unenrolled', cancelled._idleTimeout);

for (const value of [-1, Infinity, 'x']) {
  try {
    timers.enroll({}, value);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const huge = {};
timers.enroll(huge, 2 ** 31);
console.log('huge', huge._idleTimeout);
