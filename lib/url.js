'use strict';
// url: file URL helpers. Both need the WHATWG URL parser, which is not built
// yet; they say so instead of guessing at URL syntax.

const { codes } = require('internal/errors');

function pathToFileURL(path, options) { // eslint-disable-line no-unused-vars
  throw new codes.ERR_NOT_IMPLEMENTED('url.pathToFileURL (the WHATWG URL class)');
}

function fileURLToPath(path, options) { // eslint-disable-line no-unused-vars
  throw new codes.ERR_NOT_IMPLEMENTED('url.fileURLToPath (the WHATWG URL class)');
}

module.exports = { pathToFileURL, fileURLToPath };
