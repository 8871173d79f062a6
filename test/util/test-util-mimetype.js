'use strict';
// util.MIMEType / util.MIMEParams: WHATWG parsing, serialization, setters, errors.
const assert = require('assert');
const { MIMEType, MIMEParams, inspect } = require('util');

const syntax = (fn, message) => assert.throws(fn, { name: 'TypeError', code: 'ERR_INVALID_MIME_SYNTAX', message });

const m = new MIMEType(' Text/HTML ; Charset="utf-8" ; x=";" ; y ; =z ; q="a\\"b\\\\" ; CHARSET=other ;w=  ');
assert.strictEqual(m.type, 'text');
assert.strictEqual(m.subtype, 'html');
assert.strictEqual(m.essence, 'text/html');
assert.deepStrictEqual([...m.params], [['charset', 'utf-8'], ['x', ';'], ['q', 'a"b\\']]);
assert.strictEqual(String(m), 'text/html;charset=utf-8;x=";";q="a\\"b\\\\"');
assert.strictEqual(JSON.stringify({ m }), '{"m":"text/html;charset=utf-8;x=\\";\\";q=\\"a\\\\\\"b\\\\\\\\\\""}');
assert.strictEqual(m.toJSON(), m.toString());

// parameter edge cases from the WHATWG algorithm
const str = (s) => String(new MIMEType(s));
assert.strictEqual(str('a/b;x="y"junk;z=1'), 'a/b;x=y;z=1');
assert.strictEqual(str('a/b;x=y z  ;z=1'), 'a/b;x="y z";z=1');
assert.strictEqual(str('a/b;x="";z=" "'), 'a/b;x="";z=" "');
assert.strictEqual(str('a/b;x=;z'), 'a/b');
assert.strictEqual(str('a/b;x=\u00ff'), 'a/b;x="\u00ff"');
assert.strictEqual(str('a/b;x=\u0100;\u0100=1;y=2'), 'a/b;y=2');
assert.strictEqual(new MIMEType('a/b;x="u\\').params.get('x'), 'u\\');
assert.strictEqual(new MIMEType('a/b;x="\\').params.get('x'), '\\');
assert.strictEqual(str({ toString: () => 'A/B' }), 'a/b');

// parse errors: the index is within the bad part; no index when there is none
syntax(() => new MIMEType(''), 'The MIME syntax for a type in "" is invalid');
syntax(() => new MIMEType('text'), 'The MIME syntax for a type in "text" is invalid');
syntax(() => new MIMEType('/x'), 'The MIME syntax for a type in "/x" is invalid');
syntax(() => new MIMEType('  te xt/plain'), 'The MIME syntax for a type in "  te xt/plain" is invalid at 2');
syntax(() => new MIMEType('text/'), 'The MIME syntax for a subtype in "text/" is invalid');
syntax(() => new MIMEType('text/ ;a=b'), 'The MIME syntax for a subtype in "text/ ;a=b" is invalid');
syntax(() => new MIMEType('x/y \u0100;a=b'), 'The MIME syntax for a subtype in "x/y \u0100;a=b" is invalid at 1');
syntax(() => new MIMEType(), 'The MIME syntax for a type in "undefined" is invalid');
assert.throws(() => new MIMEType(Symbol('s')), TypeError);
assert.throws(() => MIMEType('a/b'), TypeError);

// setters validate and lowercase
const t = new MIMEType('text/plain;a=1');
t.type = 'APPLICATION';
t.subtype = 'JSON';
assert.strictEqual(t.essence, 'application/json');
assert.strictEqual(String(t), 'application/json;a=1');
syntax(() => { t.type = 'a b'; }, 'The MIME syntax for a type in "a b" is invalid at 1');
syntax(() => { t.type = ''; }, 'The MIME syntax for a type in "" is invalid');
syntax(() => { t.subtype = 'x/y'; }, 'The MIME syntax for a subtype in "x/y" is invalid at 1');
assert.strictEqual(t.essence, 'application/json');
assert.throws(() => { t.params = null; }, TypeError); // getter only
assert.ok(t.params instanceof MIMEParams);

// MIMEParams
const p = t.params;
assert.strictEqual(p.get('A'), '1');
assert.strictEqual(p.has('A'), true);
assert.strictEqual(p.get('missing'), null);
p.set('Z', 'b c');
p.set('e', '');
p.set(5, 6);
assert.strictEqual(p.get('z'), 'b c');
assert.strictEqual(p.get(5), '6');
assert.strictEqual(p.toString(), 'a=1;z="b c";e="";5=6');
p.delete('A');
assert.strictEqual(p.has('a'), false);
assert.deepStrictEqual([...p.keys()], ['z', 'e', '5']);
assert.deepStrictEqual([...p.values()], ['b c', '', '6']);
assert.deepStrictEqual([...p.entries()], [['z', 'b c'], ['e', ''], ['5', '6']]);
assert.strictEqual(JSON.stringify(p), '"z=\\"b c\\";e=\\"\\";5=6"');
syntax(() => p.set('', 'x'), 'The MIME syntax for a parameter name in "" is invalid');
syntax(() => p.set('a b', 'x'), 'The MIME syntax for a parameter name in "a b" is invalid at 1');
syntax(() => p.set('a', 'x\ny'), 'The MIME syntax for a parameter value in "x\ny" is invalid at 1');
syntax(() => p.set('a', '\u0100'), 'The MIME syntax for a parameter value in "\u0100" is invalid at 0');
// iterators are live generators
const fresh = new MIMEParams();
fresh.set('a', 'b');
const keys = fresh.keys();
fresh.set('c', 'd');
assert.deepStrictEqual([...keys], ['a', 'c']);
assert.strictEqual(String(new MIMEParams()), '');

// shape of the classes
assert.strictEqual(MIMEType.length, 1);
assert.strictEqual(MIMEParams.length, 0);
assert.deepStrictEqual(Object.getOwnPropertyNames(MIMEType.prototype),
  ['constructor', 'type', 'subtype', 'essence', 'params', 'toString', 'toJSON']);
assert.deepStrictEqual(Object.getOwnPropertyNames(MIMEParams.prototype),
  ['constructor', 'delete', 'get', 'has', 'set', 'entries', 'keys', 'values', 'toString', 'toJSON']);
assert.strictEqual(MIMEParams.prototype[Symbol.iterator], MIMEParams.prototype.entries);
assert.strictEqual(MIMEType.prototype.toJSON, MIMEType.prototype.toString);
assert.deepStrictEqual(Object.keys(m), []);
assert.throws(() => MIMEType.prototype.toString.call({}), TypeError);
assert.throws(() => Object.getOwnPropertyDescriptor(MIMEType.prototype, 'type').get.call({}), TypeError);

// inspect: the state is private
assert.strictEqual(inspect(m), 'MIMEType {}');
assert.strictEqual(inspect(m.params), 'MIMEParams {}');
assert.strictEqual(inspect({ a: m }, { depth: 0 }), '{ a: MIMEType {} }');
