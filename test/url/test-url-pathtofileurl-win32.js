'use strict';
// pathToFileURL with { windows: true } for drive paths (path.win32.resolve).
const assert = require('assert');
const { pathToFileURL, fileURLToPath } = require('url');

const win = { windows: true };
assert.strictEqual(pathToFileURL('C:\\a\\b', win).href, 'file:///C:/a/b');
assert.strictEqual(pathToFileURL('C:\\a\\b\\', win).href, 'file:///C:/a/b/');
assert.strictEqual(pathToFileURL('C:\\a b\\%#', win).href, 'file:///C:/a%20b/%25%23');
assert.strictEqual(fileURLToPath(pathToFileURL('D:\\x\\y', win), win), 'D:\\x\\y');
