'use strict';
// URL members called on something that is not a URL throw V8's TypeErrors.
const assert = require('assert');

const receiver = /^Receiver must be an instance of class URL$/;
const member = /^Cannot read private member #context from an object whose class did not declare it$/;
for (const name of ['toString', 'toJSON']) {
  assert.throws(() => Reflect.apply(URL.prototype[name], {}, []), { name: 'TypeError', message: receiver });
}
for (const name of ['href', 'search']) {
  assert.throws(() => Reflect.get(URL.prototype, name, {}), { name: 'TypeError', message: receiver });
  assert.throws(() => Reflect.set(URL.prototype, name, null, {}), { name: 'TypeError', message: member });
}
for (const name of ['protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'hash']) {
  assert.throws(() => Reflect.get(URL.prototype, name, {}), { name: 'TypeError', message: member });
  assert.throws(() => Reflect.set(URL.prototype, name, null, {}), { name: 'TypeError', message: member });
}
const searchParamsMember = /#searchParams from/;
assert.throws(() => Reflect.get(URL.prototype, 'searchParams', {}), { name: 'TypeError', message: searchParamsMember });
for (const name of ['origin']) {
  assert.throws(() => Reflect.get(URL.prototype, name, {}), { name: 'TypeError', message: member });
}
assert.strictEqual(new URL('http://a/b?c').search, '?c');
