'use strict';
// process.finalization: callbacks for objects still alive when the process
// emits 'exit' (register) or 'beforeExit' (registerBeforeExit). An object
// collected before then drops its callback; the registration holds it only
// weakly. The process listeners exist only while registrations do.

const { validateObject } = require('internal/validators');

const kEvents = ['exit', 'beforeExit'];

function createFinalization() {
  // event -> WeakRefs of the registered objects, each carrying its callback
  const refs = { __proto__: null, exit: [], beforeExit: [] };
  const listeners = { __proto__: null, exit: () => run('exit'), beforeExit: () => run('beforeExit') };
  let registry = null; // removes a collected object's entries

  function listen(event) {
    if (refs[event].length === 0) process.on(event, listeners[event]);
  }

  function unlisten(event) {
    if (refs[event].length > 0) return;
    process.removeListener(event, listeners[event]);
    if (refs.exit.length === 0 && refs.beforeExit.length === 0) registry = null;
  }

  function run(event) {
    const list = refs[event];
    refs[event] = [];
    process.removeListener(event, listeners[event]);
    for (const ref of list) {
      const obj = ref.deref();
      if (obj !== undefined) ref.fn(obj, event);
    }
  }

  function collected(ref) {
    for (const event of kEvents) {
      const i = refs[event].indexOf(ref);
      if (i !== -1) {
        refs[event].splice(i, 1);
        unlisten(event);
      }
    }
  }

  function add(event, obj, fn) {
    validateObject(obj, 'obj', { allowFunction: true });
    listen(event);
    const ref = new WeakRef(obj);
    ref.fn = fn;
    registry ??= new FinalizationRegistry(collected);
    registry.register(obj, ref, ref);
    refs[event].push(ref);
  }

  function register(obj, fn) {
    add('exit', obj, fn);
  }

  function registerBeforeExit(obj, fn) {
    add('beforeExit', obj, fn);
  }

  function unregister(obj) {
    if (registry === null) return;
    for (const event of kEvents) {
      const keep = [];
      for (const ref of refs[event]) {
        const o = ref.deref();
        if (o === undefined || o === obj) registry.unregister(ref);
        else keep.push(ref);
      }
      refs[event] = keep;
    }
    for (const event of kEvents) unlisten(event);
  }

  return { register, registerBeforeExit, unregister };
}

module.exports = { createFinalization };
