'use strict';
// fs sync directory and name API: mkdir (recursive), readdir (types,
// recursive, buffer names), rm/rmdir/unlink, rename, copyFile, symlinks,
// realpath, chmod, mkdtemp; errors as Node words them.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const base = fs.realpathSync(process.env.TMPDIR || '/tmp');
const dir = fs.mkdtempSync(path.join(base, 'nodus-fsd-'));
assert.ok(path.basename(dir).startsWith('nodus-fsd-') && path.basename(dir).length === 16);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const p = (...a) => path.join(dir, ...a);

// mkdir
assert.strictEqual(fs.mkdirSync(p('a')), undefined);
assert.strictEqual(fs.mkdirSync(p('b', 'c', 'd'), { recursive: true }), p('b'));
assert.strictEqual(fs.mkdirSync(p('b', 'c'), { recursive: true }), undefined);
assert.throws(() => fs.mkdirSync(p('a')), {
  code: 'EEXIST', syscall: 'mkdir', path: p('a'), message: `EEXIST: file already exists, mkdir '${p('a')}'`,
});
fs.writeFileSync(p('f'), 'x');
assert.throws(() => fs.mkdirSync(p('f'), { recursive: true }), { code: 'EEXIST', syscall: 'mkdir' });
assert.throws(() => fs.mkdirSync(p('f', 'g'), { recursive: true }), { code: 'ENOTDIR', syscall: 'mkdir' });
assert.throws(() => fs.mkdirSync(p('x'), { recursive: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
fs.mkdirSync(p('m'), 0o700);
assert.strictEqual(fs.statSync(p('m')).mode & 0o777, 0o700);

// readdir
fs.writeFileSync(p('b', 'c', 'file.txt'), '');
fs.symlinkSync('f', p('link'));
assert.deepStrictEqual(fs.readdirSync(dir), ['a', 'b', 'f', 'link', 'm']);
const ents = fs.readdirSync(dir, { withFileTypes: true });
assert.ok(ents[0] instanceof fs.Dirent);
assert.deepStrictEqual(ents.map((d) => [d.name, d.parentPath, d.isDirectory(), d.isFile(), d.isSymbolicLink()]), [
  ['a', dir, true, false, false],
  ['b', dir, true, false, false],
  ['f', dir, false, true, false],
  ['link', dir, false, false, true],
  ['m', dir, true, false, false],
]);
assert.deepStrictEqual(fs.readdirSync(p('b'), { recursive: true }),
  ['c', path.join('c', 'd'), path.join('c', 'file.txt')]);
assert.deepStrictEqual(fs.readdirSync(p('b'), { recursive: true, withFileTypes: true })
  .map((d) => [d.name, d.parentPath]), [['c', p('b')], ['d', p('b', 'c')], ['file.txt', p('b', 'c')]]);
assert.deepStrictEqual(fs.readdirSync(p('b'), 'buffer'), [Buffer.from('c')]);
assert.throws(() => fs.readdirSync(p('nope')), {
  code: 'ENOENT', syscall: 'scandir', message: `ENOENT: no such file or directory, scandir '${p('nope')}'`,
});

// links and realpath
assert.strictEqual(fs.readlinkSync(p('link')), 'f');
assert.ok(fs.lstatSync(p('link')).isSymbolicLink());
assert.ok(fs.statSync(p('link')).isFile());
assert.strictEqual(fs.realpathSync(p('link')), p('f'));
assert.strictEqual(fs.realpathSync.native(p('link')), p('f'));
fs.symlinkSync(p('b', 'c'), p('dirlink'), 'dir');
assert.strictEqual(fs.realpathSync(p('dirlink', 'd', '..', 'file.txt')), p('b', 'c', 'file.txt'));
assert.deepStrictEqual(fs.realpathSync(p('link'), 'buffer'), Buffer.from(p('f')));
assert.throws(() => fs.realpathSync(p('nope', 'x')), {
  code: 'ENOENT', syscall: 'lstat', path: p('nope'),
});
assert.throws(() => fs.realpathSync.native(p('nope')), { code: 'ENOENT', syscall: 'realpath' });
assert.throws(() => fs.readlinkSync(p('f')), { code: 'EINVAL', syscall: 'readlink' });
assert.throws(() => fs.symlinkSync('f', p('link')), {
  code: 'EEXIST', syscall: 'symlink', path: 'f', dest: p('link'),
  message: `EEXIST: file already exists, symlink 'f' -> '${p('link')}'`,
});
assert.throws(() => fs.symlinkSync('f', p('l2'), 'bad'), { code: 'ERR_INVALID_ARG_VALUE' });

// rename / copyFile / chmod / unlink
fs.renameSync(p('f'), p('g'));
assert.strictEqual(fs.existsSync(p('f')), false);
assert.throws(() => fs.renameSync(p('f'), p('h')), {
  code: 'ENOENT', path: p('f'), dest: p('h'),
  message: `ENOENT: no such file or directory, rename '${p('f')}' -> '${p('h')}'`,
});
fs.copyFileSync(p('g'), p('h'));
assert.strictEqual(fs.readFileSync(p('h'), 'utf8'), 'x');
assert.throws(() => fs.copyFileSync(p('g'), p('h'), fs.constants.COPYFILE_EXCL), { code: 'EEXIST', syscall: 'copyfile' });
fs.chmodSync(p('h'), '600');
assert.strictEqual(fs.statSync(p('h')).mode & 0o777, 0o600);
fs.unlinkSync(p('h'));
assert.throws(() => fs.unlinkSync(p('h')), { code: 'ENOENT', syscall: 'unlink' });

// rmdir / rm
assert.throws(() => fs.rmdirSync(p('b')), { code: 'ENOTEMPTY', syscall: 'rmdir' });
assert.throws(() => fs.rmdirSync(p('b'), { recursive: true }), { code: 'ERR_INVALID_ARG_VALUE' });
fs.rmdirSync(p('a'));
assert.throws(() => fs.rmSync(p('b')), (e) => {
  assert.strictEqual(e.name, 'SystemError');
  assert.strictEqual(e.code, 'ERR_FS_EISDIR');
  assert.strictEqual(e.message, `Path is a directory: rm returned EISDIR (is a directory) ${p('b')}`);
  assert.strictEqual(e.path, p('b'));
  assert.strictEqual(e.syscall, 'rm');
  assert.strictEqual(e.info.code, 'EISDIR');
  return true;
});
assert.throws(() => fs.rmSync(p('nope')), { code: 'ENOENT', syscall: 'lstat' });
fs.rmSync(p('nope'), { force: true });
fs.rmSync(p('dirlink'));
assert.ok(fs.existsSync(p('b', 'c', 'd')));
fs.rmSync(p('b'), { recursive: true });
assert.strictEqual(fs.existsSync(p('b')), false);
assert.throws(() => fs.rmSync(p('g'), { force: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
