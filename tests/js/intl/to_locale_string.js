// Number.prototype.toLocaleString and BigInt.prototype.toLocaleString go through Intl.NumberFormat.
console.log((1234.5).toLocaleString(), (1234.5).toLocaleString('en-GB'), (-0).toLocaleString(), NaN.toLocaleString());
console.log((0.125).toLocaleString('en-US', { style: 'percent', minimumFractionDigits: 1 }));
console.log((1234.5).toLocaleString('en-US', { style: 'currency', currency: 'EUR' }));
console.log((123456789n).toLocaleString(), (-123456789012345678901234567890n).toLocaleString('en-GB'));
console.log((5n).toLocaleString('en', { minimumFractionDigits: 2 }));
console.log(Number.prototype.toLocaleString.length, Number.prototype.toLocaleString.name, BigInt.prototype.toLocaleString.length);
console.log(new Number(42.42).toLocaleString(), Object(7n).toLocaleString());
try {
  Number.prototype.toLocaleString.call('1');
} catch (error) {
  console.log(error.name);
}
console.log([1234, 5678.9].toLocaleString());
