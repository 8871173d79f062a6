'use strict';
// fileURLToPath, fileURLToPathBuffer, pathToFileURL (posix and windows),
// urlToHttpOptions, domainToASCII and domainToUnicode.
const assert = require('assert');
const url = require('url');
const path = require('path');

const { fileURLToPath, pathToFileURL } = url;
assert.strictEqual(fileURLToPath('file:///a%20b/c'), '/a b/c');
assert.strictEqual(fileURLToPath(new URL('file:///x/y')), '/x/y');
assert.strictEqual(fileURLToPath('file://localhost/x'), '/x');
assert.strictEqual(fileURLToPath({ href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/x' }), '/x');
assert.throws(() => fileURLToPath('file:///a%2fb'), {
  name: 'TypeError', code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must not include encoded / characters',
});
assert.throws(() => fileURLToPath('file://host/a'), {
  code: 'ERR_INVALID_FILE_URL_HOST', message: `File URL host must be "localhost" or empty on ${process.platform}`,
});
assert.throws(() => fileURLToPath('http://host/a'), { code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file' });
assert.throws(() => fileURLToPath(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of URL. Received type number (5)',
});
assert.throws(() => fileURLToPath('not a url'), { code: 'ERR_INVALID_URL' });
assert.throws(() => fileURLToPath('file:///%E4'), URIError);

const win = { windows: true };
assert.strictEqual(fileURLToPath('file:///C:/a/b%20c', win), 'C:\\a\\b c');
assert.strictEqual(fileURLToPath('file://srv/share/x', win), '\\\\srv\\share\\x');
assert.strictEqual(fileURLToPath('file://xn--mnchen-3ya.de/x', win), '\\\\münchen.de\\x');
assert.throws(() => fileURLToPath('file:///a/b', win), { code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must be absolute' });
assert.throws(() => fileURLToPath('file:///C:/a%5Cb', win), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must not include encoded \\ or / characters',
});

assert.deepStrictEqual([...url.fileURLToPathBuffer('file:///a%E4b')], [47, 97, 228, 98]);
assert.ok(Buffer.isBuffer(url.fileURLToPathBuffer('file:///x')));

assert.strictEqual(pathToFileURL('/a b/%c#d?e\\f\n\r\t').href, 'file:///a%20b/%25c%23d%3Fe%5Cf%0A%0D%09');
assert.strictEqual(pathToFileURL('/x/').href, 'file:///x/');
assert.strictEqual(pathToFileURL('rel/x/').href, `${pathToFileURL(path.resolve('rel/x'))}/`);
assert.strictEqual(pathToFileURL('/é').href, 'file:///%C3%A9');
assert.ok(pathToFileURL('/x') instanceof URL);
assert.strictEqual(pathToFileURL('\\\\server\\share\\x', win).href, 'file://server/share/x');
assert.strictEqual(pathToFileURL('\\\\?\\UNC\\srv\\sh\\x', win).href, 'file://srv/sh/x');
assert.throws(() => pathToFileURL('\\\\server', win), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'path' Missing UNC resource path. Received '\\\\\\\\server'",
});
assert.throws(() => pathToFileURL(5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "path" argument must be of type string. Received type number (5)',
});
for (const p of ['/tmp/a', '/x y/z%', '/#?']) assert.strictEqual(fileURLToPath(pathToFileURL(p)), p);

assert.deepStrictEqual({ ...url.urlToHttpOptions(new URL('http://u:p@[::1]:80/a?b#c')) }, {
  protocol: 'http:', hostname: '::1', hash: '#c', search: '?b', pathname: '/a', path: '/a?b',
  href: 'http://u:p@[::1]/a?b#c', auth: 'u:p',
});
const opts = url.urlToHttpOptions(new URL('https://a.com:81/x'));
assert.strictEqual(opts.port, 81);
assert.strictEqual(opts.auth, undefined);
assert.strictEqual(url.urlToHttpOptions(new URL('http://%C3%A4:%20@h/')).auth, 'ä: ');

assert.strictEqual(url.domainToASCII('München.DE'), 'xn--mnchen-3ya.de');
assert.strictEqual(url.domainToASCII('xn--iñvalid.com'), '');
assert.strictEqual(url.domainToASCII('1.1'), '1.0.0.1');
assert.strictEqual(url.domainToASCII(''), '');
assert.strictEqual(url.domainToUnicode('xn--mnchen-3ya.de'), 'münchen.de');
assert.strictEqual(url.domainToUnicode('EXAMPLE.com'), 'example.com');
assert.strictEqual(url.domainToUnicode('a b'), '');
assert.throws(() => url.domainToASCII(), { code: 'ERR_MISSING_ARGS', message: 'The "domain" argument must be specified' });
assert.throws(() => url.domainToUnicode(), { code: 'ERR_MISSING_ARGS' });

assert.deepStrictEqual(Object.keys(url).filter((k) => k !== 'URLPattern'), ['Url', 'parse', 'resolve',
  'resolveObject', 'format', 'URL', 'URLSearchParams', 'domainToASCII', 'domainToUnicode', 'pathToFileURL',
  'fileURLToPath', 'fileURLToPathBuffer', 'urlToHttpOptions']);
