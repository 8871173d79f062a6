'use strict';
// util.getCallSites: the caller's stack as plain frame objects, from the V8
// stack emulation (internal/errors/stack).

const { validateObject, validateBoolean, validateInteger } = require('internal/validators');
const { callSites } = require('internal/errors/stack');

let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);

// Script ids: the engine exposes none, so each script name gets a stable
// number of its own, as a string like V8's.
const scriptIds = new Map();
function scriptIdOf(name) {
  let id = scriptIds.get(name);
  if (id === undefined) {
    id = `${scriptIds.size + 1}`;
    scriptIds.set(name, id);
  }
  return id;
}

function getCallSites(frameCount = 10, options) {
  if (options === undefined) {
    if (typeof frameCount === 'object') {
      options = frameCount;
      frameCount = 10;
    } else {
      options = {};
    }
  }
  validateObject(options, 'options');
  if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  validateInteger(frameCount, 'frameCount', 1, 200);
  if (options.sourceMap === true) throw new (codes().ERR_NOT_IMPLEMENTED)('source maps in util.getCallSites()');
  const sites = callSites(getCallSites, frameCount);
  const out = [];
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i];
    const scriptName = site.getFileName() ?? '';
    const line = site.getLineNumber() ?? 0;
    const column = site.getColumnNumber() ?? 0;
    out.push({
      __proto__: null,
      functionName: site.getFunctionName() ?? '',
      scriptId: scriptIdOf(scriptName),
      scriptName,
      lineNumber: line,
      columnNumber: column,
      column,
    });
  }
  return out;
}

module.exports = { getCallSites };
