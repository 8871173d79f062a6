'use strict';
// nodus --check FILE: compile the file as a CommonJS module without running
// it; a SyntaxError takes the uncaught-exception path (exit code 1).

function check(filename) {
  const binding = internalBinding('process');
  let source;
  let name;
  if (filename === undefined) {
    source = binding.readStdin();
    name = '[stdin]';
  } else {
    name = require('internal/path/posix').resolve(filename);
    source = internalBinding('fs').readFileUtf8(name);
  }
  // a shebang line is not JavaScript; keep the line count
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  internalBinding('contextify').compileFunction(source, name,
    ['exports', 'require', 'module', '__filename', '__dirname']);
}

module.exports = { check };
