'use strict';
// URLs already in canonical form take a shorter way through the parser
// than the rest; both ways must give the same URL. A leading space is
// trimmed by the standard but sends the input the long way, so
// new URL(s) and new URL(' ' + s) must agree on every component, for
// inputs built from pieces on both sides of each rule (case, default
// ports, dot segments, punycode, IPv4 forms, characters to encode...).
// Likewise for bases, canParse, URL.parse, and the search, hash, pathname,
// host, hostname, port and protocol setters (a trailing tab is removed by the setter
// but takes the long way).
//   node test-url-canonical.js [ROUNDS [SEED]]   (default 6000 random inputs)
const assert = require('assert');

const parts = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash'];

function describe(u) {
  if (u === null) return null;
  const o = {};
  for (const p of parts) o[p] = u[p];
  return o;
}

function attempt(fn) {
  try {
    return describe(fn());
  } catch (e) {
    assert.strictEqual(e.code, 'ERR_INVALID_URL');
    return 'throws';
  }
}

let checked = 0;
function check(input, base) {
  const quick = attempt(() => (base === undefined ? new URL(input) : new URL(input, base)));
  const long = attempt(() => (base === undefined ? new URL(` ${input}`) : new URL(` ${input}`, ` ${base}`)));
  assert.deepStrictEqual(quick, long, `${JSON.stringify(input)} against ${JSON.stringify(base)}`);
  assert.strictEqual(URL.canParse(input, base), long !== 'throws', `canParse ${input} ${base}`);
  assert.deepStrictEqual(describe(URL.parse(input, base)), long === 'throws' ? null : long);
  checked++;
  if (long === 'throws') return;
  // the href itself is canonical: parsing it again changes nothing
  assert.strictEqual(new URL(long.href).href, long.href);
  assert.deepStrictEqual(describe(new URL(long.href)), describe(new URL(` ${long.href}`)));
}

function checkSetters(href, value) {
  if (value === '') return; // '' clears; '' + tab would set an empty one
  for (const name of ['search', 'hash', 'pathname', 'host', 'hostname', 'port', 'protocol']) {
    const a = new URL(href);
    const b = new URL(href);
    a[name] = value;
    b[name] = `${value}\t`;
    assert.deepStrictEqual(describe(a), describe(b), `${name} = ${JSON.stringify(value)} on ${href}`);
    // and through the searchParams link
    if (name === 'search') assert.strictEqual(a.searchParams.toString(), b.searchParams.toString());
  }
}

const schemes = ['http://', 'https://', 'ws://', 'wss://', 'ftp://', 'file:///', 'file://',
  'HTTP://', 'hTtps://', 'foo://', 'http:/', 'http:', 'http:\\\\', 'https:///', 'blob:https://'];
const userinfos = ['', '', '', 'u@', 'u:p@', ':p@', 'u:@', '@', ':@', 'u:p:q@', 'a@b@', 'u%40@',
  'ü@', 'u.v:p.w@', 'u;=@', 'U:P@', 'u p@'];
const hosts = ['example.com', 'www.example.com', 'EXAMPLE.com', 'a..b', 'a.', '.a', 'xn--nxasmq6b',
  'xn--a', 'a.xn--b.c', 'xN--a', 'a.xn--', '127.0.0.1', '127.0.0.01', '1.2.3', '0x7f.0.0.1',
  '1.2.3.4.5', '256.1.1.1', '255.255.255.255', '0.0.0.0', 'a.1', 'a.0x1', 'a.0xg', '1a', '1.2.3.a',
  '09.1.1.1', '[::1]', '[::1', 'a_b-c', '-a', 'a-', 'ex%41mple.com', 'exa mple', 'ü.com', '',
  'a:b', 'localhost', 'a.b.c.d.e', 'x.0', '0x', '0', '1e3.com', 'a~b', 'a!b', 'a\tb', 'a\nb'];
const ports = ['', '', '', ':', ':80', ':443', ':21', ':0', ':08080', ':8080', ':3000', ':65535',
  ':65536', ':99999', ':1.2', ':8a', '::80'];
const paths = ['', '/', '/', '/a/b', '/a/b/', '/./a', '/a/..', '/a/.', '/a/%2e/b', '/a/.%2E',
  '/%2e%2e', '/%2E.', '/a b', '/a\\b', "/'x'", '/{}', '/%zz', '/a//b', '//', '/C:/x', '/C|/x',
  '/c:', '/ü', '/.a', '/..a', '/a..', '/a%2f', '/[x]', '/^|', '/a?', '/a\t/b', '/`', '/%'];
const queries = ['', '', '?', '?a=b', '?a=b&c=d', "?'", '?`', '?{x}', '?a b', '??', '?%20', '?ü',
  '?a"b', '?<', '?a\\b', '?/x'];
const fragments = ['', '', '#', '#x', '#`', '#{}', '# ', '##', '#ü', '#a/b?c', '#"'];
const bases = ['http://h', 'http://h/', 'https://u:p@h.com:8080/a/b?q#f', 'http://h/a/b/c',
  'file:///a/b', 'file:///C:/x', 'mailto:x', 'HTTP://H', 'http://h:80', 'not a url', 'ws://1.2.3.4',
  'http://h?x', 'http://h#x', 'foo://h/p', 'http://xn--a/'];
const relatives = ['/p', '/p?q#f', '//h2/p', '/\\x', 'p', '?q', '#f', '', '/.', '/a/../b', '/a b',
  '/%2e', '/ü', 'https://x.com/', 'HTTP://X/', 'http:p', 'http:/p', '/p?`#`'];

const setterValues = [...queries, ...fragments, ...paths, ...hosts, ...ports.map((p) => p.slice(1)),
  'a=b', 'x y', '8080', '0080', '443', '80', '21', '65536', '1.2.3.4', 'p/q', '/p?q', '/a#b', 'http',
  'https', 'ws:', 'wss', 'ftp', 'file', 'HTTP', 'foo', 'https:x', ':'];

// a small deterministic generator (xorshift32)
let seed = Number(process.argv[3]) || 0x2545f491;
function random(n) {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}
const pick = (list) => list[random(list.length)];

const noise = ['%', '.', '/', '\\', '?', '#', '@', ':', 'A', ' ', '\t', '\'', '`', '0', 'x', 'ü'];
function build() {
  let s = pick(schemes) + pick(userinfos) + pick(hosts) + pick(ports) + pick(paths) + pick(queries) +
    pick(fragments);
  if (random(6) === 0) {
    const at = random(s.length + 1);
    s = s.slice(0, at) + pick(noise) + s.slice(at);
  }
  if (random(6) === 0) {
    const at = random(s.length + 1);
    s = s.slice(0, at) + String.fromCharCode(random(128)) + s.slice(at);
  }
  return s;
}

// the inputs a program meets most, first
for (const s of ['https://www.example.com/', 'http://user:pass@api.example.org:8080/v1/items/42?x=1#top',
  'http://127.0.0.1:3000/search?q=hello+world&page=2', 'file:///home/user/x.js', 'ws://h:8080/',
  'https://example.com', 'https://example.com:443/', 'https://a.b/%2e/', 'https://a.b/c/%2E%2e?x',
  'http://[::1]:8080/', 'http://a.b/ü', 'https://xn--nxasmq6b.com/', 'http://0x7f.1/']) {
  check(s);
}

const rounds = Number(process.argv[2]) || 6000;
for (let i = 0; i < rounds; i++) {
  const s = build();
  check(s);
  if (random(3) === 0) check(pick(relatives), pick(bases));
  if (random(3) === 0) check(s, pick(bases));
  if (random(4) === 0) check(pick(relatives) + pick(queries) + pick(fragments), pick(bases));
  if (random(3) === 0 && URL.canParse(s)) checkSetters(s, pick(setterValues));
}
assert(checked >= rounds);
