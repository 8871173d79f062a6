'use strict';
// fs.constants, made once when a module that needs it loads (not with the
// fs binding, which the module loader needs at start-up).

module.exports = internalBinding('fs').constants();
