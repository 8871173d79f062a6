'use strict';
// The `module` builtin: the CommonJS Module class and its helpers.

const { Module } = require('internal/modules/cjs/loader');
const hooks = require('internal/modules/customization_hooks');

Module.registerHooks = hooks.registerHooks;
Module.register = function register(specifier, parentURL, options) {
  return require('internal/modules/loader_hooks').register(specifier, parentURL, options);
};

module.exports = Module;
