'use strict';
// The `module` builtin: the CommonJS Module class and its helpers.

const { Module } = require('internal/modules/cjs/loader');
const hooks = require('internal/modules/customization_hooks');

Module.registerHooks = hooks.registerHooks;
let warnedRegister = false;
Module.register = function register(specifier, parentURL, options) {
  if (!warnedRegister) {
    warnedRegister = true;
    process.emitWarning('`module.register()` is deprecated. Use `module.registerHooks()` instead.',
      'DeprecationWarning', 'DEP0205');
  }
  return require('internal/modules/loader_hooks').register(specifier, parentURL, options);
};

module.exports = Module;
