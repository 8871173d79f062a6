'use strict';
// fs.promises / require('fs/promises'): the functions, FileHandle, and
// validation errors as rejections.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = { tmpdir: () => process.env.TMPDIR || '/tmp' };

assert.strictEqual(fs.promises, fsp);
assert.strictEqual(require('node:fs/promises'), fsp);

(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'nodus-fsp-'));
  try {
    const file = path.join(dir, 'f.txt');
    await fsp.writeFile(file, 'hello');
    await fsp.appendFile(file, ' world');
    assert.strictEqual(await fsp.readFile(file, 'utf8'), 'hello world');
    assert.strictEqual((await fsp.stat(file)).size, 11);
    assert.strictEqual((await fsp.stat(file, { bigint: true })).size, 11n);
    await fsp.access(file, fs.constants.R_OK);

    // FileHandle
    const fh = await fsp.open(file, 'r+');
    assert.strictEqual(typeof fh.fd, 'number');
    const r = await fh.read(Buffer.alloc(5), 0, 5, 0);
    assert.strictEqual(Object.getPrototypeOf(r), null);
    assert.strictEqual(r.bytesRead, 5);
    assert.strictEqual(r.buffer.toString(), 'hello');
    const opt = await fh.read({ buffer: Buffer.alloc(3), position: 6 });
    assert.strictEqual(opt.buffer.toString(), 'wor');
    const w = await fh.write('HELLO', 0);
    assert.strictEqual(w.bytesWritten, 5);
    assert.strictEqual(w.buffer, 'HELLO');
    assert.strictEqual((await fh.write(Buffer.from('!'), 0, 1, 11)).bytesWritten, 1);
    assert.strictEqual((await fh.stat()).size, 12);
    await fh.truncate(5);
    await fh.sync();
    await fh.datasync();
    assert.strictEqual(await fh.readFile('utf8'), 'HELLO');
    let closed = false;
    fh.on('close', () => { closed = true; });
    await fh.close();
    assert.ok(closed);
    assert.strictEqual(fh.fd, -1);
    await fh.close(); // closing twice resolves
    await assert.rejects(fh.read(), { code: 'EBADF', syscall: 'read', message: 'file closed' });

    // Symbol.asyncDispose closes
    const fh2 = await fsp.open(file);
    await fh2[Symbol.asyncDispose]();
    assert.strictEqual(fh2.fd, -1);

    // writeFile / readFile through a FileHandle, and iterables
    const fh3 = await fsp.open(path.join(dir, 'g.txt'), 'w+');
    await fh3.writeFile('abc');
    await fh3.appendFile('def');
    await fh3.close();
    assert.strictEqual(await fsp.readFile(path.join(dir, 'g.txt'), 'latin1'), 'abcdef');
    await fsp.writeFile(path.join(dir, 'it.txt'), ['x', Buffer.from('y'), 'z']);
    assert.strictEqual(await fsp.readFile(path.join(dir, 'it.txt'), 'utf8'), 'xyz');

    // directories and names
    const first = await fsp.mkdir(path.join(dir, 'a', 'b'), { recursive: true });
    assert.strictEqual(first, path.join(dir, 'a'));
    assert.deepStrictEqual((await fsp.readdir(dir)).sort(), ['a', 'f.txt', 'g.txt', 'it.txt']);
    const ents = await fsp.readdir(dir, { withFileTypes: true });
    assert.ok(ents.find((e) => e.name === 'a').isDirectory());
    await fsp.copyFile(file, path.join(dir, 'c.txt'));
    await fsp.rename(path.join(dir, 'c.txt'), path.join(dir, 'd.txt'));
    await fsp.symlink(path.join(dir, 'd.txt'), path.join(dir, 'l'));
    assert.strictEqual(await fsp.readlink(path.join(dir, 'l')), path.join(dir, 'd.txt'));
    assert.strictEqual(await fsp.realpath(path.join(dir, 'l')), await fsp.realpath(path.join(dir, 'd.txt')));
    assert.ok((await fsp.lstat(path.join(dir, 'l'))).isSymbolicLink());
    await fsp.unlink(path.join(dir, 'l'));
    await fsp.chmod(path.join(dir, 'd.txt'), 0o644);
    await fsp.utimes(path.join(dir, 'd.txt'), 1000, 2000);
    assert.strictEqual((await fsp.stat(path.join(dir, 'd.txt'))).mtimeMs, 2000000);
    await fsp.truncate(path.join(dir, 'd.txt'), 2);
    assert.strictEqual(await fsp.readFile(path.join(dir, 'd.txt'), 'utf8'), 'HE');
    await fsp.rmdir(path.join(dir, 'a', 'b'));
    await fsp.rm(path.join(dir, 'a'), { recursive: true });
    await assert.rejects(fsp.stat(path.join(dir, 'a')), {
      code: 'ENOENT',
      syscall: 'stat',
      message: `ENOENT: no such file or directory, stat '${path.join(dir, 'a')}'`,
    });

    // validation errors reject, they do not throw
    const p = fsp.readFile(12.5);
    assert.ok(p instanceof Promise);
    await assert.rejects(p, { code: 'ERR_INVALID_ARG_TYPE' });
    await assert.rejects(fsp.access(file, 8), { code: 'ERR_OUT_OF_RANGE' });
    await assert.rejects(fsp.mkdir(dir, { recursive: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

    // an aborted signal rejects with AbortError
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(fsp.readFile(file, { signal: ac.signal }), { name: 'AbortError' });
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
})().then(() => { process.exitCode = process.exitCode ?? 0; });
