'use strict';
// stream/promises: pipeline and finished returning promises.

const { finished } = require('internal/streams/end-of-stream');

module.exports = { finished };
