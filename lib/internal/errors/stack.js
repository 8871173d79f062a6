'use strict';
// V8-format stacks over the engine's "fn@file:line:col" frames.
// (Minimal for now: the errors work replaces this with the full emulation.)

function setStackHeader(err, header) {
  const msg = err.message;
  const stack = typeof err.stack === 'string' ? err.stack : '';
  const frames = stack.split('\n').filter(Boolean).map((l) => {
    const at = l.lastIndexOf('@');
    const fn = at >= 0 ? l.slice(0, at) : '';
    const loc = at >= 0 ? l.slice(at + 1) : l;
    return fn && fn !== 'global code' ? `    at ${fn} (${loc})` : `    at ${loc}`;
  });
  Object.defineProperty(err, 'stack', {
    value: [`${header}${msg ? `: ${msg}` : ''}`, ...frames].join('\n'),
    writable: true, enumerable: false, configurable: true,
  });
}

module.exports = { setStackHeader };
