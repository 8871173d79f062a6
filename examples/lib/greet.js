'use strict';
exports.greet = (who) => `Hello from ${who}!`;
