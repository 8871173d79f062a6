'use strict';
// Recognizes a URL string the parser (src/url) would return unchanged: a
// special URL already in its serialized form, ASCII, with a domain or
// IPv4 host (or file:/// with none), nothing to percent-encode, no dot
// segments, no default port. Most URLs programs handle look like that, and
// recognizing one here avoids the crossing into C and a new href string.
// Anything else (and anything doubtful) is left to the parser: a false
// answer only means "ask src/url". The offsets written are those
// src/bind/url.c would write; test/url/test-url-canonical.js checks that
// both paths agree.

// info slots (src/bind/url.c)
const kProtocolEnd = 0;
const kUsernameStart = 1;
const kUsernameEnd = 2;
const kPasswordStart = 3;
const kPasswordEnd = 4;
const kHostStart = 5;
const kHostEnd = 6;
const kPort = 7;
const kPathnameStart = 8;
const kSearchStart = 9;
const kHashStart = 10;
const kScheme = 11;
const kHostKind = 12;
const kNone = 0xffffffff;

// nd_url_scheme_t, nd_url_host_kind_t
const kHttp = 1;
const kHttps = 2;
const kWs = 3;
const kWss = 4;
const kFtp = 5;
const kFile = 6;
const kHostEmpty = 1;
const kHostDomain = 2;
const kHostIpv4 = 3;

// What each ASCII character may stand for unchanged. Every set leaves out
// controls, space and DEL (encoded everywhere); '/' '?' '#' are handled
// as delimiters by the scanners.
const kPath = 1; // not in the path percent-encode set, nor '\' (a slash)
const kQuery = 2; // not in the special-query percent-encode set
const kFragment = 4; // not in the fragment percent-encode set
const kUserinfo = 8; // not in the userinfo percent-encode set
const kDomain = 16; // a domain character IDNA maps to itself
const kClass = new Uint8Array(128);
for (let c = 0x21; c < 0x7f; c++) {
  const ch = String.fromCharCode(c);
  let m = 0;
  if (!'"#<>?`{}\\/'.includes(ch)) m |= kPath;
  if (!'"#<>\''.includes(ch)) m |= kQuery;
  if (!'"<>`'.includes(ch)) m |= kFragment;
  if (!'"#<>?`{}/:;=@[\\]^|'.includes(ch)) m |= kUserinfo;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f) m |= kDomain;
  kClass[c] = m;
}

// Are all of s[from...] characters of class m?
function allOfClass(s, from, m) {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (kClass[c] & m) === 0) return false;
  }
  return true;
}

// A segment the path state would drop or pop: ".", "..", or either with
// "%2e" for a dot.
function isDotSegment(s, start, end) {
  const n = end - start;
  if (n === 0 || n > 6) return false;
  const c = s.charCodeAt(start);
  if (c !== 46 && c !== 37) return false;
  const seg = s.slice(start, end).toLowerCase();
  return seg === '.' || seg === '..' || seg === '%2e' || seg === '.%2e' || seg === '%2e.' ||
    seg === '%2e%2e';
}

// Scans a path from s[i] (a '/'), then its query and fragment; fills the
// path, search and hash slots (plus `shift`). Returns false when any of it
// would change.
function scanTail(s, i, info, shift) {
  const n = s.length;
  info[kPathnameStart] = i + shift;
  let seg = i + 1;
  let c = 0;
  for (i++; i < n; i++) {
    c = s.charCodeAt(i);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */) {
      if (isDotSegment(s, seg, i)) return false;
      if (c !== 47) break;
      seg = i + 1;
    } else if (c >= 128 || (kClass[c] & kPath) === 0) {
      return false;
    }
  }
  if (i === n && isDotSegment(s, seg, n)) return false;
  info[kSearchStart] = kNone;
  info[kHashStart] = kNone;
  if (c === 63 && i < n) {
    info[kSearchStart] = i + shift;
    for (i++; i < n; i++) {
      c = s.charCodeAt(i);
      if (c === 35) break;
      if (c >= 128 || (kClass[c] & kQuery) === 0) return false;
    }
  }
  if (i < n) {
    info[kHashStart] = i + shift;
    for (i++; i < n; i++) {
      c = s.charCodeAt(i);
      if (c >= 128 || (kClass[c] & kFragment) === 0) return false;
    }
  }
  return true;
}

// A dotted-decimal IPv4 address as the serializer writes it.
function isCanonicalIpv4(s, start, end) {
  let parts = 0;
  let i = start;
  while (i < end) {
    const from = i;
    let v = 0;
    for (; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c === 46) break;
      if (c < 48 || c > 57) return false;
      v = v * 10 + c - 48;
    }
    const len = i - from;
    if (len === 0 || len > 3 || v > 255 || (len > 1 && s.charCodeAt(from) === 48)) return false;
    parts++;
    if (i < end) i++; // the dot
    if (i === end && s.charCodeAt(end - 1) === 46) return false;
  }
  return parts === 4;
}

// The host s[start, end): 1 for a domain, 2 for an IPv4 address, 0 when
// the host parser would change it or might refuse it.
function scanHost(s, start, end) {
  if (start === end) return 0;
  let label = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? s.charCodeAt(i) : 46;
    if (c === 46 /* . */) {
      if (i === label) return 0; // an empty label (IDNA is not so simple then)
      if (i - label >= 4 && s.charCodeAt(label) === 120 && s.charCodeAt(label + 1) === 110 &&
          s.charCodeAt(label + 2) === 45 && s.charCodeAt(label + 3) === 45) {
        return 0; // xn--: punycode to check
      }
      if (i < end) label = i + 1;
    } else if (c >= 128 || (kClass[c] & kDomain) === 0) {
      return 0;
    }
  }
  // the ends-in-a-number rule: a last label of digits, or 0x..., is IPv4
  const c = s.charCodeAt(label);
  if (c >= 48 && c <= 57) {
    if (c === 48 && end - label > 1 && s.charCodeAt(label + 1) === 120) return 0;
    let digits = true;
    for (let i = label; i < end; i++) {
      const d = s.charCodeAt(i);
      if (d < 48 || d > 57) {
        digits = false;
        break;
      }
    }
    if (digits) return isCanonicalIpv4(s, start, end) ? 2 : 0;
  }
  return 1;
}

function startsWith(s, lit, at) {
  for (let i = 0; i < lit.length; i++) {
    if (s.charCodeAt(at + i) !== lit.charCodeAt(i)) return false;
  }
  return true;
}

// The scheme s starts with, when it is followed by "://": its number, the
// position after "//" in `at`.
function schemeOf(s) {
  switch (s.charCodeAt(0)) {
    case 104: // h
      if (startsWith(s, 'http://', 0)) return kHttp;
      if (startsWith(s, 'https://', 0)) return kHttps;
      return 0;
    case 119: // w
      if (startsWith(s, 'ws://', 0)) return kWs;
      if (startsWith(s, 'wss://', 0)) return kWss;
      return 0;
    case 102: // f
      if (startsWith(s, 'ftp://', 0)) return kFtp;
      if (startsWith(s, 'file:///', 0)) return kFile;
      return 0;
    default:
      return 0;
  }
}

const kSchemeLength = [0, 4, 5, 2, 3, 3, 4];
const kDefaultPort = [-1, 80, 443, 80, 443, 21, -1];

// s as an absolute URL: true with its offsets in info. As a base
// (asBase true) s may also end where its path would start ("http://h"):
// then 2 is returned, and the offsets are those of s + "/" but for the
// path, which starts at s.length.
function recognize(s, info, asBase = false) {
  const scheme = schemeOf(s);
  if (scheme === 0) return false;
  const protocolEnd = kSchemeLength[scheme] + 1;
  const auth = protocolEnd + 2;
  info[kProtocolEnd] = protocolEnd;
  info[kUsernameStart] = auth;
  info[kScheme] = scheme;
  if (scheme === kFile) {
    // file:///path: an empty host; a drive letter in the path has rules of
    // its own, left to the parser
    const n = s.length;
    let end = auth + 1;
    while (end < n && s.charCodeAt(end) !== 47 && s.charCodeAt(end) !== 63 &&
           s.charCodeAt(end) !== 35) end++;
    if (end - auth === 3 && s.charCodeAt(auth + 2) === 58) return false;
    if (end - auth === 3 && s.charCodeAt(auth + 2) === 124) return false;
    info[kUsernameEnd] = auth;
    info[kPasswordStart] = auth;
    info[kPasswordEnd] = auth;
    info[kHostStart] = auth;
    info[kHostEnd] = auth;
    info[kPort] = kNone;
    info[kHostKind] = kHostEmpty;
    return scanTail(s, auth, info, 0);
  }
  // the authority runs to the path, which a special URL always has
  const n = s.length;
  let at = -1;
  let i = auth;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35 || c === 92) break;
    if (c === 64) at = i;
  }
  if (i === n ? !asBase : s.charCodeAt(i) !== 47) return false;
  const authEnd = i;
  let hostStart = auth;
  if (at !== -1) {
    // user[:password]@, each part non-empty where it shows
    let colon = -1;
    for (let j = auth; j < at; j++) {
      const c = s.charCodeAt(j);
      if (c === 58 && colon === -1) colon = j;
      else if (c >= 128 || (kClass[c] & kUserinfo) === 0) return false;
    }
    if (colon === -1) {
      if (at === auth) return false;
      info[kUsernameEnd] = at;
      info[kPasswordStart] = at;
      info[kPasswordEnd] = at;
    } else {
      if (colon + 1 === at) return false;
      info[kUsernameEnd] = colon;
      info[kPasswordStart] = colon + 1;
      info[kPasswordEnd] = at;
    }
    hostStart = at + 1;
  } else {
    info[kUsernameEnd] = auth;
    info[kPasswordStart] = auth;
    info[kPasswordEnd] = auth;
  }
  let hostEnd = hostStart;
  while (hostEnd < authEnd && s.charCodeAt(hostEnd) !== 58) hostEnd++;
  const kind = scanHost(s, hostStart, hostEnd);
  if (kind === 0) return false;
  info[kHostStart] = hostStart;
  info[kHostEnd] = hostEnd;
  info[kHostKind] = kind === 1 ? kHostDomain : kHostIpv4;
  info[kPort] = kNone;
  if (hostEnd < authEnd) {
    // :port, without leading zeros, not the default
    const len = authEnd - hostEnd - 1;
    if (len === 0 || len > 5 || (len > 1 && s.charCodeAt(hostEnd + 1) === 48)) return false;
    let port = 0;
    for (let j = hostEnd + 1; j < authEnd; j++) {
      const c = s.charCodeAt(j);
      if (c < 48 || c > 57) return false;
      port = port * 10 + c - 48;
    }
    if (port > 65535 || port === kDefaultPort[scheme]) return false;
    info[kPort] = port;
  }
  if (authEnd === n) {
    info[kPathnameStart] = n;
    info[kSearchStart] = kNone;
    info[kHashStart] = kNone;
    return 2;
  }
  return scanTail(s, authEnd, info, 0);
}

// input against a base recognize() accepted (its offsets in info): 1
// when input is absolute and recognized (the href is input), 2 when it is
// a path-absolute reference ("/p?q#f") that resolves by appending it to
// the base's scheme and authority (the href is base.slice(0, the base's
// pathname start) + input), 0 when the parser must decide. info then holds
// the result's offsets.
function recognizeAgainst(input, info) {
  if (input.charCodeAt(0) === 47) {
    const c = input.charCodeAt(1);
    if (c === 47 || c === 92 || info[kScheme] === kFile) return 0;
    return scanTail(input, 0, info, info[kPathnameStart]) ? 2 : 0;
  }
  return recognize(input, info) ? 1 : 0;
}

module.exports = { recognize, recognizeAgainst, allOfClass, kQuery, kFragment };
