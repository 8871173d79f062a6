'use strict';
// path.posix, the default flavour here.
const assert = require('assert');
const path = require('path');
const { posix } = path;

assert.strictEqual(path, posix);
const eq = (fn, args, expected) => assert.strictEqual(posix[fn](...args), expected, `${fn}(${JSON.stringify(args)})`);

eq('normalize', ['/a//b/../c/./d/'], '/a/c/d/');
eq('normalize', ['../../a/..'], '../..');
eq('normalize', ['./'], './');
eq('normalize', ['//a'], '/a');
eq('normalize', [''], '.');
eq('join', ['/a', '', 'b/', '../c'], '/a/c');
eq('join', ['', ''], '.');
eq('resolve', ['/a/b', './c', '../d'], '/a/b/d');
eq('resolve', ['/x', '/y', 'z'], '/y/z');
eq('resolve', [''], process.cwd());
eq('relative', ['/a/b/c', '/a/d'], '../../d');
eq('relative', ['/a', '/a/b/c'], 'b/c');
eq('relative', ['/', '/x'], 'x');
eq('relative', ['/a/b', '/a/b'], '');
eq('dirname', ['/a/b/'], '/a');
eq('dirname', ['//a'], '//');
eq('dirname', ['a'], '.');
eq('dirname', ['/'], '/');
eq('basename', ['/a/b.js', '.js'], 'b');
eq('basename', ['/a/b.js', 'b.js'], 'b.js');
eq('basename', ['/a/aaa/', 'a'], 'aa');
eq('basename', ['//'], '');
eq('extname', ['.bashrc'], '');
eq('extname', ['a.'], '.');
eq('extname', ['a..'], '.');
eq('extname', ['..'], '');
eq('isAbsolute', ['/x'], true);
eq('isAbsolute', ['x/'], false);
eq('toNamespacedPath', ['a/b'], 'a/b');
assert.deepStrictEqual(posix.parse('/home/u/f.txt'),
  { root: '/', dir: '/home/u', base: 'f.txt', ext: '.txt', name: 'f' });
assert.deepStrictEqual(posix.parse('/..'), { root: '/', dir: '/', base: '..', ext: '.', name: '.' });
assert.deepStrictEqual(posix.parse('./a'), { root: '', dir: '.', base: 'a', ext: '', name: 'a' });
assert.strictEqual(posix.format({ root: '/', base: 'x' }), '/x');
assert.strictEqual(posix.format({ dir: 'd', name: 'n', ext: 'e' }), 'd/n.e');
assert.strictEqual(posix.format({ name: 'n', ext: '.e' }), 'n.e');
