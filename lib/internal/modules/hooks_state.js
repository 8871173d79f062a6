'use strict';
// Whether module customization hooks are registered, read by the loaders on
// every resolution: a start that registers none never loads the hooks code
// (customization_hooks.js, loader_hooks.js), which updates this.
// async: register() entries; syncActive: registerHooks() has some.
module.exports = { active: false, syncActive: false, async: [] };
