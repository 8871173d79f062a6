'use strict';
// Buffer paths reach the system as their bytes, and names come back as
// bytes for the 'buffer' encoding (and through them for the others), so
// names that are not UTF-8 survive.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = { tmpdir: () => process.env.TMPDIR || '/tmp' };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-bytes-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const name = Buffer.from([0x66, 0xff, 0xfe, 0x2e, 0x74]); // not UTF-8
const full = Buffer.concat([Buffer.from(`${dir}/`), name]);
fs.writeFileSync(full, 'bytes');
assert.strictEqual(fs.readFileSync(full, 'utf8'), 'bytes');
assert.ok(fs.existsSync(full));
assert.ok(fs.statSync(full).isFile());

const listed = fs.readdirSync(dir, 'buffer');
assert.strictEqual(listed.length, 1);
assert.deepStrictEqual(listed[0], name);
assert.deepStrictEqual(fs.readdirSync(dir, 'hex'), [name.toString('hex')]);
assert.deepStrictEqual(fs.readdirSync(dir, { encoding: 'latin1' }), [name.toString('latin1')]);
// as UTF-8 the bad bytes are replaced
assert.deepStrictEqual(fs.readdirSync(dir), [name.toString('utf8')]);

fs.symlinkSync(full, path.join(dir, 'link'));
assert.deepStrictEqual(fs.readlinkSync(path.join(dir, 'link'), 'buffer'), full);
assert.strictEqual(typeof fs.mkdtempSync(path.join(dir, 't-'), 'buffer').length, 'number');

fs.readdir(dir, { encoding: 'buffer', withFileTypes: true }, (err, ents) => {
  assert.ifError(err);
  const ent = ents.find((e) => e.name.equals(name));
  assert.ok(ent.isFile());
  fs.promises.readdir(Buffer.from(dir), 'buffer').then((names) => {
    assert.ok(names.some((n) => n.equals(name)));
    fs.unlinkSync(full);
    assert.ok(!fs.existsSync(full));
  });
});
