'use strict';
const assert = require('assert');
const os = require('os');

const info = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(info), null);
assert.deepStrictEqual(Object.keys(info), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(info.uid, process.getuid());
assert.strictEqual(info.gid, process.getgid());
assert.ok(info.username.length > 0);
assert.ok(info.homedir.startsWith('/'));

const raw = os.userInfo({ encoding: 'buffer' });
assert.ok(Buffer.isBuffer(raw.username));
assert.strictEqual(raw.username.toString(), info.username);
assert.strictEqual(os.userInfo({ encoding: 'hex' }).homedir, Buffer.from(info.homedir).toString('hex'));
assert.strictEqual(os.userInfo({ encoding: 'nonsense' }).username, info.username);
assert.strictEqual(os.userInfo('buffer').username, info.username);
assert.throws(() => os.userInfo({ get encoding() { throw new Error('from getter'); } }), /from getter/);
