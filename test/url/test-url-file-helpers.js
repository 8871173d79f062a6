'use strict';
// pathToFileURL escaping, fileURLToPath errors carrying the URL,
// urlToHttpOptions argument checks.
const assert = require('assert');
const url = require('url');

assert.strictEqual(url.pathToFileURL('/foo[b]ar^|{}<>"`~').href,
                   'file:///foo%5Bb%5Dar%5E%7C%7B%7D%3C%3E%22%60%7E');
assert.strictEqual(url.pathToFileURL('C:\\foo[bar~', { windows: true }).href, 'file:///C:/foo%5Bbar%7E');
assert.strictEqual(url.pathToFileURL('/a%b\\c d\ne#f?g;h=i\u00e9').href,
                   'file:///a%25b%5Cc%20d%0Ae%23f%3Fg;h=i%C3%A9');

for (const [input, windows] of [['file:///a%2F/', false], ['file:///C:/a%5C/', true], ['file:///?:/', true]]) {
  assert.throws(() => url.fileURLToPath(input, { windows }), (err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_FILE_URL_PATH');
    assert.ok(err.input instanceof URL);
    assert.strictEqual(err.input.href, input);
    return true;
  });
}

for (const bad of [null, 1, 'http://127.0.0.1', undefined]) {
  assert.throws(() => url.urlToHttpOptions(bad), {
    code: 'ERR_INVALID_ARG_TYPE', message: /^The "url" argument must be of type object\. Received/,
  });
}
assert.strictEqual(url.urlToHttpOptions([]).path, '');
