'use strict';
// require('process') / import 'node:process': the process object itself.
module.exports = process;
