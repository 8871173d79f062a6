'use strict';
// bench/url: URL parsing as an HTTP server does it. new URL() of a few
// typical URLs (absolute, relative against a base, long query), reading
// components, a setter, URLSearchParams, and the legacy url.parse.
// Prints one "BENCH url key=value ..." line: ns per operation.
//   RUNTIME bench/url.js [SCALE]   (SCALE multiplies the loop counts)

const url = require('url');

process.noDeprecation = true;
const now = typeof performance !== 'undefined' && performance.now ? () => performance.now() : () => Date.now();
const scale = Number(process.argv[2]) || 1;
const N = 2e5 * scale;
let sink = 0;

const inputs = [
  'https://www.example.com/',
  'http://user:pass@api.example.org:8080/v1/items/42?fields=name,price&sort=desc#top',
  'https://cdn.example.net/assets/js/app.min.js?v=1.2.3',
  'http://127.0.0.1:3000/search?q=hello+world&page=2&lang=en&utm_source=newsletter&utm_medium=email',
];

// Steady state: a warm-up round as long as the measured ones (both
// engines tier their JITs up over the first tens of thousands of calls),
// then the best of three rounds (the machine is shared).
const slowInputs = [
  'HTTPS://WWW.Example.com',
  'http://api.example.org:80/v1/./items/../items/42?q=a b',
  'https://cdn.example.net/assets/js/app.min.js?v=1.2.3#{x}',
  'http://[0:0::1]:3000/search?q=hello+world&page=2&lang=en',
];

function time(fn, n) {
  fn(n);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = now();
    fn(n);
    best = Math.min(best, ((now() - t0) * 1e6) / n); // ns per op
  }
  return best;
}

const results = {
  new_url: time((n) => {
    for (let i = 0; i < n; i++) sink += new URL(inputs[i & 3]).href.length;
  }, N),
  new_url_base: time((n) => {
    for (let i = 0; i < n; i++) sink += new URL('/api/users/123?x=1', 'http://localhost:8080').pathname.length;
  }, N),
  components: time((n) => {
    const u = new URL(inputs[1]);
    for (let i = 0; i < n; i++) sink += u.hostname.length + u.pathname.length + u.search.length + u.port.length;
  }, N),
  set_search: time((n) => {
    const u = new URL(inputs[2]);
    for (let i = 0; i < n; i++) {
      u.search = `?v=${i & 7}`;
      sink += u.href.length;
    }
  }, N),
  search_params: time((n) => {
    for (let i = 0; i < n; i++) sink += new URL(inputs[3]).searchParams.get('page').length;
  }, N),
  // what the canonical-form shortcut cannot take: normalized by src/url
  new_url_slow: time((n) => {
    for (let i = 0; i < n; i++) sink += new URL(slowInputs[i & 3]).href.length;
  }, N),
  set_pathname: time((n) => {
    const u = new URL(inputs[2]);
    for (let i = 0; i < n; i++) {
      u.pathname = `/assets/${i & 7}.js`;
      sink += u.href.length;
    }
  }, N),
  can_parse: time((n) => {
    for (let i = 0; i < n; i++) sink += URL.canParse(inputs[i & 3]) ? 1 : 0;
  }, N),
  url_parse: time((n) => {
    for (let i = 0; i < n; i++) sink += url.parse(inputs[i & 3]).pathname.length;
  }, N),
};

const fields = Object.entries(results).map(([k, v]) => `${k}=${v.toFixed(0)}`);
console.log(`BENCH url ${fields.join(' ')}${sink === 0.5 ? ' ' : ''}`);
