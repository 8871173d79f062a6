'use strict';
// %AbstractModuleSource%: the intrinsic above WebAssembly.Module that
// source phase imports (import source x from './x.wasm') rely on. The
// engine predates it, so it is added here with the shape V8 gives it.

let installed = false;
function install() {
  if (installed) return;
  installed = true;
  const Wasm = globalThis.WebAssembly;
  if (Wasm === undefined) return;
  const { Module } = Wasm;
  const AbstractModuleSource = function AbstractModuleSource() {
    throw new TypeError('Illegal invocation');
  };
  const proto = AbstractModuleSource.prototype;
  Object.defineProperty(AbstractModuleSource, 'prototype', { writable: false });
  const tag = {
    get [Symbol.toStringTag]() {
      // only real modules have a tag: customSections() is the brand check
      try {
        Module.customSections(this, '');
      } catch {
        return undefined;
      }
      return 'WebAssembly.Module';
    },
  };
  Object.defineProperty(proto, Symbol.toStringTag, {
    get: Object.getOwnPropertyDescriptor(tag, Symbol.toStringTag).get, enumerable: false, configurable: true,
  });
  Object.setPrototypeOf(Module.prototype, proto);
  Object.setPrototypeOf(Module, AbstractModuleSource);
}

module.exports = { install };
