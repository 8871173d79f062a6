'use strict';
// The url module: the WHATWG classes and helpers (lib/internal/url.js) and
// Node's legacy API (url.parse, url.format, url.resolve, Url), whose loose
// parsing is kept as Node has it: it predates the standard and programs
// depend on its quirks.

const {
  URL, URLSearchParams, isSpecialURL, domainToASCII, domainToUnicode, fileURLToPath,
  fileURLToPathBuffer, pathToFileURL, urlToHttpOptions,
} = require('internal/url');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_URL,
} = require('internal/errors').codes;
const { validateObject } = require('internal/validators');
const binding = internalBinding('url');

let qs;
const querystring = () => (qs ??= require('querystring'));

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// protocols that always have "//" and a host, and the ones that never do
const slashedProtocols = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher',
  'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const hostlessProtocols = new Set(['javascript', 'javascript:']);

const protocolRe = /^[a-z0-9.+-]+:/i;
const portRe = /:[0-9]*$/;
const authHostRe = /^\/\/[^@/]+@[^@/]+/;
const simplePathRe = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const forbiddenHostRe = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenIpv6HostRe = /[\0\t\n\r #%/<>?@\\^|]/;
const kMaxHostname = 255;

// characters the legacy parser escapes in what follows the host
const autoEscape = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const autoEscapeRe = /[\t\n\r "'<>\\^`{|}]/g;

// characters that end a host (RFC 2396 forbids them in one)
function endsHostLoosely(c) {
  switch (c) {
    case 32: case 34: case 37: case 39: case 59: case 60: case 62:
    case 92: case 94: case 96: case 123: case 124: case 125:
      return true;
    default:
      return false;
  }
}

const isWhitespace = (c) => c < 33 || c === 0xa0 || c === 0xfeff;

// Trims, and turns backslashes before the first ? or # into slashes.
function prepare(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isWhitespace(url.charCodeAt(end - 1))) end--;
  let rest = url.slice(start, end);
  let hasHash = false;
  let hasAt = false;
  let split = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 35 /* # */) {
      hasHash = true;
      if (split === -1) split = i;
      break;
    }
    if (split !== -1) continue;
    if (c === 64 /* @ */) hasAt = true;
    else if (c === 63 /* ? */) split = i;
  }
  const head = split === -1 ? rest : rest.slice(0, split);
  if (head.includes('\\')) rest = head.replaceAll('\\', '/') + rest.slice(head.length);
  return { rest, hasHash, hasAt };
}

// Lowercase ASCII without a punycode label: domain to ASCII leaves it as
// it is (src/url), so there is nothing to ask C.
function isPlainAsciiHost(h) {
  let labelStart = true;
  for (let i = 0; i < h.length; i++) {
    const c = h.charCodeAt(i);
    if (c >= 0x80 || (c >= 65 && c <= 90)) return false;
    if (labelStart && c === 120 /* x */ && h.charCodeAt(i + 1) === 110 && h.charCodeAt(i + 2) === 45 &&
        h.charCodeAt(i + 3) === 45) {
      return false;
    }
    labelStart = c === 46;
  }
  return true;
}

function isIpv6Hostname(h) {
  return h.charCodeAt(0) === 91 /* [ */ && h.charCodeAt(h.length - 1) === 93 /* ] */;
}

let urlParseWarned = false;
function warnUrlParse() {
  if (urlParseWarned) return;
  // Node warns only for code outside node_modules
  const stack = new Error().stack || '';
  const frames = stack.split('\n').filter((l) => l.includes('/') && !l.includes('node:'));
  if (frames.length > 0 && frames[0].includes('/node_modules/')) return;
  urlParseWarned = true;
  process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have ' +
    'security implications. Use the WHATWG URL API instead. CVEs are not issued for ' +
    '`url.parse()` vulnerabilities.', 'DeprecationWarning', 'DEP0169');
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  warnUrlParse();
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);
  let { rest, hasHash, hasAt } = prepare(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = simplePathRe.exec(rest);
    if (simple !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolRe.exec(rest);
  let lowerProto;
  if (proto !== null) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // "user@host" always names a host; so does "//host" with slashesDenoteHost
  let slashes = false;
  if (slashesDenoteHost || proto || authHostRe.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && hostlessProtocols.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocols.has(lowerProto) && (slashes || (proto && !slashedProtocols.has(proto)))) {
    rest = this.parseAuthority(rest, url);
  }

  if (!hostlessProtocols.has(lowerProto)) rest = rest.replace(autoEscapeRe, (c) => autoEscape[c]);

  const hashAt = rest.indexOf('#');
  if (hashAt !== -1) {
    this.hash = rest.slice(hashAt);
    rest = rest.slice(0, hashAt);
  }
  const queryAt = rest.indexOf('?');
  if (queryAt !== -1) {
    this.search = rest.slice(queryAt);
    this.query = rest.slice(queryAt + 1);
    if (parseQueryString) this.query = querystring().parse(this.query);
    rest = rest.slice(0, queryAt);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  if (rest.length > 0) this.pathname = rest;
  if (slashedProtocols.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Reads auth, host and port off the front of rest; returns what follows.
Url.prototype.parseAuthority = function parseAuthority(rest, url) {
  // The host ends at the first / ? #; before the last '@' anything goes
  // (that is the auth), unless one of those came first.
  let hostEnd = -1;
  let at = -1;
  let loose = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    const c = rest.charCodeAt(i);
    if (c === 35 || c === 47 || c === 63) {
      if (loose === -1) loose = i;
      hostEnd = i;
    } else if (c === 64) {
      at = i;
      loose = -1;
    } else if (loose === -1 && endsHostLoosely(c)) {
      loose = i;
    }
  }
  // tabs and newlines inside the authority are dropped
  const dropTabs = (x) => (/[\t\n\r]/.test(x) ? x.replace(/[\t\n\r]/g, '') : x);
  let start = 0;
  if (at !== -1) {
    this.auth = decodeURIComponent(dropTabs(rest.slice(0, at)));
    start = at + 1;
  }
  if (loose === -1) {
    this.host = dropTabs(rest.slice(start));
    rest = '';
  } else {
    this.host = dropTabs(rest.slice(start, loose));
    rest = rest.slice(loose);
  }
  this.parseHost();
  if (typeof this.hostname !== 'string') this.hostname = '';
  let hostname = this.hostname;
  const ipv6 = isIpv6Hostname(hostname);
  if (!ipv6) {
    // a character that cannot be in a host moves the rest into the path
    for (let i = 0; i < hostname.length; i++) {
      const c = hostname.charCodeAt(i);
      if (c === 47 || c === 92 || c === 35 || c === 63 || c === 58) {
        if (c === 58) throw new ERR_INVALID_ARG_VALUE('url', 'Invalid port in url', url);
        this.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
  }
  hostname = this.hostname.length > kMaxHostname ? '' : this.hostname.toLowerCase();
  if (hostname !== '') {
    if (ipv6) {
      if (forbiddenIpv6HostRe.test(hostname)) throw new ERR_INVALID_URL(url);
    } else {
      if (!isPlainAsciiHost(hostname)) hostname = binding.toASCII(hostname);
      // what IDNA let through must still be a host
      if (hostname === '' || forbiddenHostRe.test(hostname)) throw new ERR_INVALID_URL(url);
    }
  }
  this.hostname = hostname;
  this.host = hostname + (this.port ? `:${this.port}` : '');
  if (ipv6) {
    this.hostname = hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portRe.exec(host);
  if (port !== null) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// --- format ---

// characters kept as they are in the auth part by format()
const authKeep = /[A-Za-z0-9!'()*\-._~:]/;
const authEscapeRe = /[^A-Za-z0-9!'()*\-._~:]/;

function encodeAuth(s) {
  if (!authEscapeRe.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (s.charCodeAt(i) < 0x80 && authKeep.test(ch)) {
      out += ch;
      continue;
    }
    const cp = s.codePointAt(i);
    const str = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    out += encodeURIComponent(str).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  }
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const h = this.hostname;
    host = auth + (h.includes(':') && !isIpv6Hostname(h) ? `[${h}]` : h);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring().stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';
  if (pathname.includes('#') || pathname.includes('?')) {
    pathname = pathname.replaceAll('#', '%23').replaceAll('?', '%3F');
  }
  // only slashed protocols get "//", unless the URL had them
  if (this.slashes || slashedProtocols.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replaceAll('#', '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 63) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    const err = new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
    err.message = err.message.replace('must be of type', 'must be one of type');
    throw err;
  } else if (urlObject instanceof URL) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatURL(urlObject, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

// A URL's href with parts left out. Inside an href, the first '#' starts
// the fragment and the first '?' the query: elsewhere both are escaped.
function formatURL(u, fragment, unicode, search, auth) {
  let href = u.href;
  let tail = '';
  const hashAt = href.indexOf('#');
  if (hashAt !== -1) {
    if (fragment) tail = href.slice(hashAt);
    href = href.slice(0, hashAt);
  }
  const queryAt = href.indexOf('?');
  if (queryAt !== -1) {
    if (search) tail = href.slice(queryAt) + tail;
    href = href.slice(0, queryAt);
  }
  const protocol = u.protocol;
  if (!href.startsWith('//', protocol.length)) return href + tail;
  const authStart = protocol.length + 2;
  let authEnd = href.indexOf('/', authStart);
  if (authEnd === -1) authEnd = href.length;
  const authority = href.slice(authStart, authEnd);
  const at = authority.lastIndexOf('@');
  let hostPort = authority.slice(at + 1);
  if (unicode && hostPort[0] !== '[' && isSpecialURL(u)) {
    const hostname = u.hostname;
    hostPort = domainToUnicode(hostname) + hostPort.slice(hostname.length);
  }
  const userinfo = auth && at !== -1 ? authority.slice(0, at + 1) : '';
  return `${href.slice(0, authStart)}${userinfo}${hostPort}${href.slice(authEnd)}${tail}`;
}

// --- resolve ---

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function finish(result) {
  result.href = result.format();
  return result;
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// "user@host" stuck in the host of a non-slashed URL moves back to auth
function splitAuthFromHost(result) {
  if (result.host && result.host.indexOf('@') > 0) {
    const parts = result.host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  for (const key of Object.keys(this)) result[key] = this[key];
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // "//host/path" keeps only the protocol
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (slashedProtocols.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // another protocol: absolute, with a host for the slashed ones
    if (!slashedProtocols.has(relative.protocol)) {
      for (const key of Object.keys(relative)) result[key] = relative[key];
      return finish(result);
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) &&
        !hostlessProtocols.has(relative.protocol)) {
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    return finish(result);
  }

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocols.has(result.protocol);

  // without slashes, "../.." may climb into the host: keep it as the first segment
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null; // a same-scheme absolute URL brings its own (or no) auth
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    return finish(result);
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // a path ending in . or .. gets a trailing slash
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
    srcPath.unshift('');
  }
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    splitAuthFromHost(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
