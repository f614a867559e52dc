let count = 0;
const interval = setInterval(() => {
  count++;
  console.log('interval', count);
  if (count === 3) clearInterval(interval);
}, 15);
const inner = setInterval(function () {
  console.log('this is the Timeout:', this === inner);
  clearInterval(this);
}, 1);
