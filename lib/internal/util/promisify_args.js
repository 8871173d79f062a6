'use strict';
// The names util.promisify() gives a callback's several result values: a
// function carrying ['bytesRead', 'buffer'] under this key promisifies to
// a function resolving { bytesRead, buffer } (fs.read, fs.write...).

module.exports = { kCustomPromisifyArgs: Symbol('customPromisifyArgs') };
