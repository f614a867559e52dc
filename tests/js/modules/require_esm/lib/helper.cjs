exports.helper = (x) => `helped ${x}`;
