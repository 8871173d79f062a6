'use strict';
// path.matchesGlob (minimatch semantics as Node configures them).
const assert = require('assert');
const { posix, win32 } = require('path');

const yes = (p, g, f = posix) => assert.strictEqual(f.matchesGlob(p, g), true, `${p} ~ ${g}`);
const no = (p, g, f = posix) => assert.strictEqual(f.matchesGlob(p, g), false, `${p} !~ ${g}`);

yes('a/b/c.js', '**/*.js');
yes('c.js', '**/*.js');
no('a/.hidden/c.js', '**/*.js'); // '**' skips dot directories
yes('a/.hidden/c.js', '**/.hidden/*.js');
no('.eslintrc.js', '*.js');
yes('.eslintrc.js', '.*.js');
yes('x/y', 'x/?');
no('x/yy', 'x/?');
yes('src/b.ts', 'src/{a,b}.ts');
yes('f3.txt', 'f{1..3}.txt');
no('f4.txt', 'f{1..3}.txt');
yes('b', '[a-c]');
no('b', '[!a-c]');
yes('Q', '[[:upper:]]');
no('a/b', 'a*b');
yes('a//b', 'a/b');
no('', '*');
yes('!a', '!a'); // no negation
yes('#x', '#x'); // no comments
no('A.JS', '*.js'); // case-sensitive here
yes('dir\\file.js', 'dir/*.js', win32);
yes('dir\\file.js', 'dir\\*.js', win32);
yes('dir/file.js', 'dir\\*.js'); // backslash is a separator in patterns, never an escape
no('dir\\file.js', 'dir/*.js');

assert.throws(() => posix.matchesGlob(1, '*'), { code: 'ERR_INVALID_ARG_TYPE', message: /"path"/ });
assert.throws(() => win32.matchesGlob('a', null), { code: 'ERR_INVALID_ARG_TYPE', message: /"pattern"/ });
