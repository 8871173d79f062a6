'use strict';
// fs callback API on directories and names: mkdir (recursive), readdir
// (withFileTypes, recursive), rm, rmdir, unlink, rename, copyFile, links,
// realpath, mkdtemp, metadata calls, opendir.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = { tmpdir: () => process.env.TMPDIR || '/tmp' };

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-fsdir-'));
process.on('exit', () => fs.rmSync(base, { recursive: true, force: true }));

let pending = 0;
function step(fn) {
  pending++;
  return (...args) => {
    pending--;
    fn(...args);
  };
}
process.on('exit', (code) => {
  if (code === 0) assert.strictEqual(pending, 0, 'every callback ran');
});

const deep = path.join(base, 'a', 'b', 'c');
fs.mkdir(deep, { recursive: true }, step((err, first) => {
  assert.ifError(err);
  assert.strictEqual(first, path.join(base, 'a'));
  fs.mkdir(deep, { recursive: true }, step((err, first) => {
    assert.ifError(err);
    assert.strictEqual(first, undefined);
    fs.mkdir(deep, step((err) => {
      assert.strictEqual(err.code, 'EEXIST');
      assert.strictEqual(err.syscall, 'mkdir');
      files();
    }));
  }));
}));

function files() {
  fs.writeFileSync(path.join(base, 'a', 'f.txt'), 'x');
  fs.writeFileSync(path.join(deep, 'g.txt'), 'y');
  fs.readdir(path.join(base, 'a'), step((err, names) => {
    assert.ifError(err);
    assert.deepStrictEqual(names.sort(), ['b', 'f.txt']);
  }));
  fs.readdir(path.join(base, 'a'), { withFileTypes: true }, step((err, ents) => {
    assert.ifError(err);
    ents.sort((x, y) => (x.name < y.name ? -1 : 1));
    assert.strictEqual(ents[0].name, 'b');
    assert.ok(ents[0].isDirectory());
    assert.ok(ents[1].isFile());
    assert.strictEqual(ents[1].parentPath, path.join(base, 'a'));
  }));
  fs.readdir(path.join(base, 'a'), { recursive: true }, step((err, names) => {
    assert.ifError(err);
    assert.deepStrictEqual(names.sort(), ['b', 'b/c', 'b/c/g.txt', 'f.txt']);
  }));
  fs.readdir(path.join(base, 'nope'), step((err) => {
    assert.strictEqual(err.syscall, 'scandir');
    assert.strictEqual(err.code, 'ENOENT');
  }));
  const f = path.join(base, 'a', 'f.txt');
  fs.copyFile(f, path.join(base, 'copy.txt'), step((err) => {
    assert.ifError(err);
    assert.strictEqual(fs.readFileSync(path.join(base, 'copy.txt'), 'utf8'), 'x');
    fs.copyFile(f, path.join(base, 'copy.txt'), fs.constants.COPYFILE_EXCL, step((err) => {
      assert.strictEqual(err.code, 'EEXIST');
      assert.strictEqual(err.syscall, 'copyfile');
    }));
    fs.rename(path.join(base, 'copy.txt'), path.join(base, 'moved.txt'), step((err) => {
      assert.ifError(err);
      fs.unlink(path.join(base, 'moved.txt'), step((err) => {
        assert.ifError(err);
        assert.ok(!fs.existsSync(path.join(base, 'moved.txt')));
      }));
    }));
  }));
  fs.symlink(f, path.join(base, 'link'), step((err) => {
    assert.ifError(err);
    fs.readlink(path.join(base, 'link'), step((err, target) => {
      assert.ifError(err);
      assert.strictEqual(target, f);
    }));
    fs.lstat(path.join(base, 'link'), step((err, st) => {
      assert.ifError(err);
      assert.ok(st.isSymbolicLink());
    }));
    fs.realpath(path.join(base, 'link'), step((err, real) => {
      assert.ifError(err);
      assert.strictEqual(real, fs.realpathSync(f));
    }));
    fs.realpath.native(path.join(base, 'link'), step((err, real) => {
      assert.ifError(err);
      assert.strictEqual(real, fs.realpathSync(f));
    }));
  }));
  fs.link(f, path.join(base, 'hard'), step((err) => {
    assert.ifError(err);
    assert.strictEqual(fs.statSync(f).nlink, 2);
  }));
  fs.stat(f, { bigint: true }, step((err, st) => {
    assert.ifError(err);
    assert.strictEqual(typeof st.size, 'bigint');
    assert.strictEqual(st.size, 1n);
  }));
  fs.chmod(f, 0o600, step((err) => {
    assert.ifError(err);
    assert.strictEqual(fs.statSync(f).mode & 0o777, 0o600);
  }));
  const when = new Date('2001-02-03T04:05:06Z');
  fs.utimes(f, when, when, step((err) => {
    assert.ifError(err);
    assert.strictEqual(fs.statSync(f).mtimeMs, when.getTime());
  }));
  fs.chown(f, process.getuid(), process.getgid(), step((err) => assert.ifError(err)));
  fs.truncate(f, 0, step((err) => {
    assert.ifError(err);
    assert.strictEqual(fs.statSync(f).size, 0);
  }));
  fs.mkdtemp(path.join(base, 'tmp-'), step((err, made) => {
    assert.ifError(err);
    assert.ok(fs.statSync(made).isDirectory());
    fs.rmdir(made, step((err) => assert.ifError(err)));
  }));
  const r = path.join(base, 'r');
  fs.mkdirSync(path.join(r, 's', 't'), { recursive: true });
  fs.writeFileSync(path.join(r, 's', 'file'), '');
  fs.rm(r, step((err) => {
    assert.strictEqual(err.code, 'ERR_FS_EISDIR');
    fs.rm(r, { recursive: true }, step((err) => {
      assert.ifError(err);
      assert.ok(!fs.existsSync(r));
      fs.rm(r, { force: true }, step((err) => assert.ifError(err)));
    }));
  }));
}

// opendir: Dir with read (callback and promise), close, async iteration
{
  const d = path.join(base, 'od');
  fs.mkdirSync(d);
  for (const n of ['x', 'y', 'z']) fs.writeFileSync(path.join(d, n), n);
  fs.opendir(d, step((err, dir) => {
    assert.ifError(err);
    assert.ok(dir instanceof fs.Dir);
    assert.strictEqual(dir.path, d);
    dir.read(step((err, ent) => {
      assert.ifError(err);
      assert.ok(['x', 'y', 'z'].includes(ent.name));
      dir.close(step((err) => {
        assert.ifError(err);
        assert.throws(() => dir.readSync(), { code: 'ERR_DIR_CLOSED' });
      }));
    }));
  }));
  (async () => {
    const names = [];
    for await (const ent of await fs.promises.opendir(d)) names.push(ent.name);
    assert.deepStrictEqual(names.sort(), ['x', 'y', 'z']);
    const dir = fs.opendirSync(d);
    let n = 0;
    while (dir.readSync() !== null) n++;
    dir.closeSync();
    assert.strictEqual(n, 3);
    // recursive: subdirectories' entries follow, with their own parentPath
    fs.mkdirSync(path.join(d, 'sub', 'deeper'), { recursive: true });
    fs.writeFileSync(path.join(d, 'sub', 'deeper', 'w'), '');
    const all = [];
    for await (const ent of await fs.promises.opendir(d, { recursive: true })) {
      all.push(path.relative(d, path.join(ent.parentPath, ent.name)));
    }
    assert.deepStrictEqual(all.sort(), ['sub', 'sub/deeper', 'sub/deeper/w', 'x', 'y', 'z']);
  })().then(step(() => {}));
}
