'use strict';
// path: the POSIX and Windows flavours, each complete on every platform
// (lib/internal/path/). Both are loaded here so that the cross links are
// plain data properties, as in Node.

const posix = require('internal/path/posix');
const win32 = require('internal/path/win32');

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
// the old name of toNamespacedPath
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = process.platform === 'win32' ? win32 : posix;
