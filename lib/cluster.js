'use strict';
// cluster: the process is always the primary until forking workers exists;
// the rest of the module is not built yet.

module.exports = {
  isWorker: false,
  isMaster: true,
  isPrimary: true,
};
