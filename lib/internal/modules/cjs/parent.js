'use strict';
// Which module first required a module (module.parent). Kept outside the
// module object so it shows in neither Object.keys nor inspect, as in Node.

const parents = new WeakMap();

function getModuleParent(module) {
  return parents.get(module);
}

function setModuleParent(module, parent) {
  parents.set(module, parent);
}

module.exports = { getModuleParent, setModuleParent };
