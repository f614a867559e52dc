module.exports = { loadedAt: Math.random() };
