'use strict';
// Module.globalPaths: NODE_PATH, $HOME/.node_modules, $HOME/.node_libraries
// and <prefix>/lib/node, searched after every node_modules folder.
const assert = require('assert');
const path = require('path');
const Module = require('module');

const F = path.join(__dirname, 'fixtures');
const prefixLib = path.resolve(process.execPath, '..', '..', 'lib', 'node');
const saved = { HOME: process.env.HOME, NODE_PATH: process.env.NODE_PATH };

function restore() {
  for (const k of Object.keys(saved)) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  Module._initPaths();
}

try {
  const one = path.join(F, 'nodepath', 'one');
  const two = path.join(F, 'nodepath', 'two');
  const home = path.join(F, 'home');
  process.env.NODE_PATH = `${one}${path.delimiter}${path.delimiter}${two}`;
  process.env.HOME = home;
  Module._initPaths();
  assert.deepStrictEqual(Module.globalPaths, [
    one, two, path.join(home, '.node_modules'), path.join(home, '.node_libraries'), prefixLib,
  ]);
  assert.strictEqual(require('np-mod'), 'np-mod');
  assert.strictEqual(require('np-two'), 'np-two');
  assert.strictEqual(require('home-mod'), 'home-mod');
  assert.strictEqual(require('home-lib'), 'home-lib');
  const lookup = require.resolve.paths('x');
  assert.deepStrictEqual(lookup.slice(-5), Module.globalPaths);
  // globalPaths is a copy: changing it does not change the search
  Module.globalPaths.push('/elsewhere');
  assert.ok(!require.resolve.paths('x').includes('/elsewhere'));

  delete process.env.NODE_PATH;
  delete process.env.HOME;
  Module._initPaths();
  assert.deepStrictEqual(Module.globalPaths, [prefixLib]);
  assert.throws(() => require.resolve('home-lib'), { code: 'MODULE_NOT_FOUND' });
} finally {
  restore();
}
