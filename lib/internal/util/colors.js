'use strict';
// Whether output to a stream gets ANSI colours, as Node decides: FORCE_COLOR
// (through the colour depth it asks for) when set, else the stream must be a
// terminal whose colour depth is more than 2 colours.

let tty;
function colorDepth(stream) {
  tty ??= require('internal/tty');
  return stream === undefined ? tty.getColorDepth() : stream.getColorDepth();
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return colorDepth() > 2;
  if (stream == null || !stream.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return colorDepth(stream) > 2;
  // process.stdout/stderr are terminal writers without getColorDepth yet
  return stream._isStdio === true ? colorDepth() > 2 : true;
}

module.exports = { shouldColorize };
