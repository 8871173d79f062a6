'use strict';
// url.resolve between URLs of a scheme without "//" (mailto:).
const assert = require('assert');
const url = require('url');

process.noDeprecation = true;
assert.strictEqual(url.resolve('mailto:user@example.org', 'mailto:another.host.com'), 'mailto:another.host.com');
assert.strictEqual(url.resolve('mailto:local1@domain1', 'local2@domain2'), 'mailto:local2@domain2');
assert.strictEqual(url.resolve('mailto:local1@domain1?query1', '?query2'), 'mailto:local1@domain1?query2');
assert.strictEqual(url.resolve('mailto:a@b', 'mailto:c@d'), 'mailto:c@d');
