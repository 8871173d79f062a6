'use strict';
// process.loadEnvFile: dotenv format, never replaces a variable already set.
const assert = require('assert');
const path = require('path');

const file = path.join(__dirname, 'fixtures', 'vars.env');
process.env.ND_ENV_KEEP = 'mine';
delete process.env.ND_ENV_A;
process.loadEnvFile(file);
assert.strictEqual(process.env.ND_ENV_A, 'one');
assert.strictEqual(process.env.ND_ENV_B, 'two\nlines');
assert.strictEqual(process.env.ND_ENV_C, 'three');
assert.strictEqual(process.env.ND_ENV_D, 'single');
assert.strictEqual(process.env.ND_ENV_KEEP, 'mine');

assert.throws(() => process.loadEnvFile('/nonexistent-nd.env'), {
  code: 'ENOENT', syscall: 'open', path: '/nonexistent-nd.env',
  message: "ENOENT: no such file or directory, open '/nonexistent-nd.env'",
});
assert.throws(() => process.loadEnvFile(1), { code: 'ERR_INVALID_ARG_TYPE' });
