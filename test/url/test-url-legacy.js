'use strict';
// url.parse / url.format / url.resolve / url.resolveObject and
// url.format(URL, options) over many inputs, against Node's results
// (test/fixtures/url-legacy/expected.json).
const assert = require('assert');

process.noDeprecation = true;
const got = require('../fixtures/url-legacy/cases.js');
const expected = require('../fixtures/url-legacy/expected.json');

for (const section of Object.keys(expected)) {
  assert.strictEqual(got[section].length, expected[section].length, section);
  for (let i = 0; i < expected[section].length; i++) {
    assert.deepStrictEqual(JSON.parse(JSON.stringify(got[section][i])), expected[section][i],
      `${section} #${i}: ${JSON.stringify(expected[section][i][0])}`);
  }
}
