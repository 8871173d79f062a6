'use strict';
// path.win32: drive letters, UNC roots, device namespaces, reserved names.
const assert = require('assert');
const { win32 } = require('path');

const eq = (fn, args, expected) => assert.strictEqual(win32[fn](...args), expected, `${fn}(${JSON.stringify(args)})`);

eq('normalize', ['C:\\a\\..\\b\\.\\c\\'], 'C:\\b\\c\\');
eq('normalize', ['c:/x//y'], 'c:\\x\\y');
eq('normalize', ['//server/share'], '\\\\server\\share\\');
eq('normalize', ['\\\\server\\share\\..\\..\\x'], '\\\\server\\share\\x');
eq('normalize', ['\\\\.\\PHYSICALDRIVE0'], '\\\\.\\PHYSICALDRIVE0');
eq('normalize', ['\\\\?\\C:\\x\\..\\y'], '\\\\?\\C:\\y');
eq('normalize', ['C:'], 'C:.');
eq('normalize', ['C:..\\..\\a'], 'C:..\\..\\a');
eq('normalize', ['/'], '\\');
eq('normalize', ['CON:'], '.\\CON:.');
eq('normalize', ['a/CON:'], '.\\a\\CON:');
eq('normalize', ['ab:y/../z:'], '.\\z:');
eq('join', ['//server', 'share'], '\\\\server\\share\\');
eq('join', ['///a', 'b'], '\\a\\b');
eq('join', ['C:', 'x'], 'C:\\x');
eq('join', ['a', 'CON:', '..'], 'a\\CON:\\..');
eq('join', [], '.');
eq('isAbsolute', ['C:\\'], true);
eq('isAbsolute', ['C:'], false);
eq('isAbsolute', ['//x'], true);
eq('isAbsolute', ['x:/'], true);
eq('resolve', ['C:\\a', 'D:\\b', 'c'], 'D:\\b\\c');
eq('resolve', ['C:\\a', '\\\\srv\\share\\x', '..\\y'], '\\\\srv\\share\\y');
eq('resolve', ['c:/ignore', 'C:\\a', '..'], 'C:\\');
eq('relative', ['C:\\a\\b', 'C:\\a\\c\\d'], '..\\c\\d');
eq('relative', ['C:\\A\\b', 'c:\\a\\B\\x'], 'x');
eq('relative', ['C:\\a', 'D:\\a'], 'D:\\a');
eq('relative', ['\\\\srv\\s\\a', '\\\\srv\\s'], '..');
eq('dirname', ['C:\\a\\b'], 'C:\\a');
eq('dirname', ['C:a'], 'C:');
eq('dirname', ['\\\\srv\\share'], '\\\\srv\\share');
eq('dirname', ['\\\\srv\\share\\x'], '\\\\srv\\share\\');
eq('basename', ['C:\\x\\file.txt', '.txt'], 'file');
eq('basename', ['C:file.txt'], 'file.txt');
eq('basename', ['a\\b\\'], 'b');
eq('extname', ['C:.x'], '');
eq('extname', ['a\\b.c.d'], '.d');
eq('toNamespacedPath', ['C:\\a\\..\\b'], '\\\\?\\C:\\b');
eq('toNamespacedPath', ['\\\\srv\\share\\x'], '\\\\?\\UNC\\srv\\share\\x');
eq('toNamespacedPath', ['\\\\.\\pipe\\x'], '\\\\.\\pipe\\x');
eq('toNamespacedPath', [''], '');
assert.strictEqual(win32.toNamespacedPath(5), 5);

assert.deepStrictEqual(win32.parse('C:\\dir\\file.tar.gz'),
  { root: 'C:\\', dir: 'C:\\dir', base: 'file.tar.gz', ext: '.gz', name: 'file.tar' });
assert.deepStrictEqual(win32.parse('\\\\srv\\share\\f.x'),
  { root: '\\\\srv\\share\\', dir: '\\\\srv\\share\\', base: 'f.x', ext: '.x', name: 'f' });
assert.deepStrictEqual(win32.parse('C:'), { root: 'C:', dir: 'C:', base: '', ext: '', name: '' });
assert.strictEqual(win32.format({ root: 'C:\\', name: 'f', ext: 'txt' }), 'C:\\f.txt');
assert.strictEqual(win32.format({ dir: 'C:\\d', base: 'b' }), 'C:\\d\\b');
assert.strictEqual(win32.sep, '\\');
assert.strictEqual(win32.delimiter, ';');

// the cwd, with Windows separators, when nothing else resolves
assert.strictEqual(win32.resolve(), process.cwd().replace(/\//g, '\\'));
