'use strict';
// Runs what the command line asked for, after the startup options take
// effect (--title, --stack-trace-limit, -r preloads): -e/-p code, a syntax
// check (-c), a script file, or a script read from stdin.

// (internal/options's getOptionValue is this binding call)
const { getOption: getOptionValue } = internalBinding('process');

function applyStartupOptions() {
  const title = getOptionValue('--title');
  if (title) process.title = title;
  const limit = getOptionValue('--stack-trace-limit');
  if (limit !== undefined) Error.stackTraceLimit = limit;
}

function preload() {
  const requires = getOptionValue('--require');
  if (requires.length === 0) return;
  require('internal/modules/cjs/loader').Module._preloadModules(requires);
}

function printResult(result) {
  const { inspect } = require('internal/util/inspect');
  process.stdout.write(`${typeof result === 'string' ? result : inspect(result)}\n`);
}

// -e / -p code sees the built-in modules as globals (path, events...),
// loaded on first use; assigning one replaces it with a plain value.
function addBuiltinsToGlobal() {
  for (const id of require('internal/modules/builtins').getBuiltinModules()) {
    if (id.startsWith('_') || id.includes('/') || id.startsWith('node:')) continue;
    if (Object.prototype.hasOwnProperty.call(globalThis, id)) continue; // process
    const name = id;
    Object.defineProperty(globalThis, name, {
      enumerable: false,
      configurable: true,
      get() { return require(name); },
      set(value) {
        Object.defineProperty(globalThis, name, {
          value, writable: true, enumerable: true, configurable: true,
        });
      },
    });
  }
}

// --input-type=module runs the code as an ES module; without it, code that
// only parses as a module (import/export, top-level await) runs as one.
function evalSource(source, name, print) {
  const inputType = getOptionValue('--input-type');
  if (inputType === 'module') {
    evalModule(source, print);
    return;
  }
  const { Module } = require('internal/modules/cjs/loader');
  let result;
  try {
    result = Module._evalScript(source, name);
  } catch (err) {
    if (inputType !== 'commonjs' && err instanceof SyntaxError) {
      const t = require('internal/modules/esm/loader').detectModule(source);
      if (t !== undefined) {
        // the CommonJS globals -e code gets are not there for a module
        for (const k of ['module', 'require', 'exports', '__filename', '__dirname']) delete globalThis[k];
        evalModule(source, print, t);
        return;
      }
    }
    throw err;
  }
  if (print) printResult(result);
}

function evalModule(source, print, t) {
  if (print) {
    const { ERR_EVAL_ESM_CANNOT_PRINT } = require('internal/errors').codes;
    throw new ERR_EVAL_ESM_CANNOT_PRINT();
  }
  require('internal/modules/esm/loader').evalModule(source, t);
}

// A forked child: the parent's IPC channel is on the fd the environment
// names (child_process.fork).
function setupIpcChannel() {
  // (asked of the environment itself: no program code has run yet, and
  // process.env's proxy traps would run only for this)
  const fd = internalBinding('process').env.NODE_CHANNEL_FD;
  if (fd === undefined) return;
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  require('child_process')._forkChild(Number.parseInt(fd, 10), mode);
}

function run() {
  applyStartupOptions();
  setupIpcChannel();
  preload();
  // --experimental-loader / --import run first, asynchronously
  const loaders = getOptionValue('--experimental-loader');
  const imports = getOptionValue('--import');
  if (loaders.length > 0 || imports.length > 0) {
    require('internal/modules/loader_hooks').runPreloads(loaders, imports).then(runEntry, (err) => {
      process.nextTick(() => { throw err; });
    });
    return;
  }
  runEntry();
}

function runEntry() {
  const binding = internalBinding('process');
  if (binding.evalSource !== undefined) {
    addBuiltinsToGlobal();
    evalSource(binding.evalSource, '[eval]', binding.printEval);
    return;
  }
  const main = process.argv[1];
  const fromStdin = main === undefined || main === '-';
  if (binding.checkSyntax) {
    require('internal/main/check_syntax').check(fromStdin ? undefined : main);
    return;
  }
  if (fromStdin) {
    evalSource(binding.readStdin(), '[stdin]', binding.printEval);
    return;
  }
  process.argv[1] = resolveMain(main);
  require('internal/modules/cjs/loader').Module.runMain(process.argv[1]);
}

// path.resolve(main), without resolve's character loop for a plain path
function resolveMain(main) {
  if (require('internal/path/common').isNormalPosixPath(main)) {
    if (main.charCodeAt(0) === 47) return main;
    const cwd = process.cwd();
    return cwd === '/' ? `/${main}` : `${cwd}/${main}`;
  }
  return require('internal/path/posix').resolve(main);
}

module.exports = { run };
