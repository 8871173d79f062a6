'use strict';
// The console module: the global console (which also carries Console).
module.exports = require('internal/console/global');
