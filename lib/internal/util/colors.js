'use strict';
// Whether output to a stream gets ANSI colours: FORCE_COLOR decides when set,
// else the stream must be a terminal that reports more than 2 colours.

function forcedColor() {
  const force = process.env.FORCE_COLOR;
  if (force === undefined) return undefined;
  return force === '' || force === 'true' || (force !== 'false' && force !== '0');
}

function shouldColorize(stream) {
  const forced = forcedColor();
  if (forced !== undefined) return forced;
  if (stream == null || !stream.isTTY) return false;
  if (process.env.NO_COLOR !== undefined || process.env.NODE_DISABLE_COLORS !== undefined) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

module.exports = { shouldColorize };
