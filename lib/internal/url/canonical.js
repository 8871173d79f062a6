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
const kNone = -1; // stored as 0xffffffff

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

// What each character may stand for unchanged, as bits of one table
// over every UTF-16 unit (non-ASCII ones have no bit: they are encoded
// everywhere), so the scanners AND the classes of a run together and test
// once at its end. Controls, space and DEL have no bit either.
const kPath = 1; // not in the path percent-encode set, nor '\' (a slash)
const kQuery = 2; // not in the special-query percent-encode set
const kFragment = 4; // not in the fragment percent-encode set
const kUserinfo = 8; // not in the userinfo percent-encode set
const kDomain = 16; // a domain character IDNA maps to itself (not '.')
const kPathStop = 32; // '/' '?' '#': where a path segment ends
const kAuthorityMark = 64; // '/' '?' '#' '\' '@' ':' '.': what the authority scan looks at
const kAll = 0xff;
const kClass = new Uint8Array(65536);
for (let c = 0x21; c < 0x7f; c++) {
  const ch = String.fromCharCode(c);
  let m = 0;
  if (!'"#<>?^`{}\\/'.includes(ch)) m |= kPath;
  if (!'"#<>\''.includes(ch)) m |= kQuery;
  if (!'"<>`'.includes(ch)) m |= kFragment;
  if (!'"#<>?`{}/:;=@[\\]^|'.includes(ch)) m |= kUserinfo;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f) m |= kDomain;
  if ('/?#'.includes(ch)) m |= kPathStop;
  if ('/?#\\@:.'.includes(ch)) m |= kAuthorityMark;
  kClass[c] = m;
}

// Are all of s[from...] characters of class m?
function allOfClass(s, from, m) {
  let acc = kAll;
  for (let i = from; i < s.length; i++) acc &= kClass[s.charCodeAt(i)];
  return (acc & m) !== 0;
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
  info[kSearchStart] = kNone;
  info[kHashStart] = kNone;
  let acc = kAll;
  let seg = i + 1;
  let c = 0;
  for (i++; i < n; i++) {
    c = s.charCodeAt(i);
    const k = kClass[c];
    if ((k & kPathStop) !== 0) {
      if (isDotSegment(s, seg, i)) return false;
      if (c !== 47) break;
      seg = i + 1;
    } else {
      acc &= k;
    }
  }
  if ((acc & kPath) === 0) return false;
  if (i === n) return !isDotSegment(s, seg, n);
  if (c === 63 /* ? */) {
    info[kSearchStart] = i + shift;
    acc = kAll;
    for (i++; i < n; i++) {
      c = s.charCodeAt(i);
      if (c === 35) break;
      acc &= kClass[c];
    }
    if ((acc & kQuery) === 0) return false;
    if (i === n) return true;
  }
  info[kHashStart] = i + shift;
  acc = kAll;
  for (i++; i < n; i++) acc &= kClass[s.charCodeAt(i)];
  return (acc & kFragment) !== 0;
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

const isXnLabel = (s, at) => s.charCodeAt(at) === 120 && s.charCodeAt(at + 1) === 110 &&
  s.charCodeAt(at + 2) === 45 && s.charCodeAt(at + 3) === 45;

// A host setter's value the host parser keeps as it is: a domain (2) or
// IPv4 address (3) as recognize() takes them, or 0.
function canonicalHost(s) {
  const n = s.length;
  if (n === 0) return 0;
  let label = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (i === label || (i - label >= 4 && isXnLabel(s, label))) return 0;
      label = i + 1;
    } else if ((kClass[c] & kDomain) === 0) {
      return 0;
    }
  }
  if (label === n || (n - label >= 4 && isXnLabel(s, label))) return 0;
  const first = s.charCodeAt(label);
  if (first < 48 || first > 57) return kHostDomain;
  if (first === 48 && n - label > 1 && s.charCodeAt(label + 1) === 120) return 0;
  for (let j = label + 1; j < n; j++) {
    const d = s.charCodeAt(j);
    if (d < 48 || d > 57) return kHostDomain;
  }
  return isCanonicalIpv4(s, 0, n) ? kHostIpv4 : 0;
}

// A pathname setter's value a special URL keeps as it is: "/" and
// segments with nothing to encode, no dot segments.
function canonicalPath(s) {
  if (s.charCodeAt(0) !== 47) return false;
  let acc = kAll;
  let seg = 1;
  const n = s.length;
  for (let i = 1; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 47) {
      if (isDotSegment(s, seg, i)) return false;
      seg = i + 1;
    } else {
      acc &= kClass[c]; // '?' and '#' have no kPath: a setter encodes them
    }
  }
  return (acc & kPath) !== 0 && !isDotSegment(s, seg, n);
}

function startsWith(s, lit, at) {
  for (let i = 0; i < lit.length; i++) {
    if (s.charCodeAt(at + i) !== lit.charCodeAt(i)) return false;
  }
  return true;
}

// The number of the special scheme s starts with, lowercase and followed
// by "://" ("file:///" for file); 0 for anything else.
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
  // The authority, in one pass to the path (which a special URL always
  // has): [user[:password]@]host[:port]. Only marked characters ('@' ':'
  // '.' and the delimiters) need a look; the rest are ANDed into acc.
  const n = s.length;
  let acc = kAll; // classes since the start or the '@'
  let at = -1;
  let colon = -1; // the first ':' since the start or the '@'
  let colons = 0;
  let label = auth; // where the current label starts
  let badLabel = false; // an empty or "xn--" label so far
  let portDot = false; // a '.' after the ':' (in a password, that is fine)
  let i = auth;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const k = kClass[c];
    if ((k & kAuthorityMark) === 0) {
      acc &= k;
    } else if (c === 46 /* . */) {
      if (colon === -1) {
        if (i === label || (i - label >= 4 && isXnLabel(s, label))) badLabel = true;
        label = i + 1;
      } else {
        portDot = true;
      }
    } else if (c === 58 /* : */) {
      if (colon === -1) colon = i;
      colons++;
    } else if (c === 64 /* @ */) {
      // user[:password]: each part non-empty where it shows, one ':'
      if (at !== -1 || colons > 1 || (acc & kUserinfo) === 0) return false;
      if (colon === -1 ? i === auth : colon + 1 === i) return false;
      info[kUsernameEnd] = colon === -1 ? i : colon;
      info[kPasswordStart] = colon === -1 ? i : colon + 1;
      info[kPasswordEnd] = i;
      at = i;
      acc = kAll;
      colon = -1;
      colons = 0;
      label = i + 1;
      badLabel = false;
      portDot = false;
    } else {
      break; // '/' '?' '#' '\'
    }
  }
  if (i === n ? !asBase : s.charCodeAt(i) !== 47) return false;
  const authEnd = i;
  if (at === -1) {
    info[kUsernameEnd] = auth;
    info[kPasswordStart] = auth;
    info[kPasswordEnd] = auth;
  }
  const hostStart = at === -1 ? auth : at + 1;
  const hostEnd = colon === -1 ? authEnd : colon;
  // a host of domain characters (the port's digits are some), each label
  // non-empty and not punycode
  if (colons > 1 || portDot || badLabel || (acc & kDomain) === 0 || hostEnd === label) return false;
  if (hostEnd - label >= 4 && isXnLabel(s, label)) return false;
  // the ends-in-a-number rule: a last label of digits, or 0x..., is IPv4
  let kind = kHostDomain;
  const first = s.charCodeAt(label);
  if (first >= 48 && first <= 57) {
    if (first === 48 && hostEnd - label > 1 && s.charCodeAt(label + 1) === 120) return false;
    let digits = true;
    for (let j = label + 1; j < hostEnd; j++) {
      const d = s.charCodeAt(j);
      if (d < 48 || d > 57) {
        digits = false;
        break;
      }
    }
    if (digits) {
      if (!isCanonicalIpv4(s, hostStart, hostEnd)) return false;
      kind = kHostIpv4;
    }
  }
  info[kHostStart] = hostStart;
  info[kHostEnd] = hostEnd;
  info[kHostKind] = kind;
  info[kPort] = kNone;
  if (colon !== -1) {
    // :port, without leading zeros, not the default
    const len = authEnd - colon - 1;
    if (len === 0 || len > 5 || (len > 1 && s.charCodeAt(colon + 1) === 48)) return false;
    let port = 0;
    for (let j = colon + 1; j < authEnd; j++) {
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

module.exports = {
  recognize, recognizeAgainst, allOfClass, canonicalHost, canonicalPath, kQuery, kFragment,
  kDefaultPort,
  // the info slots, for lib/internal/url.js
  kProtocolEnd, kUsernameStart, kUsernameEnd, kPasswordStart, kPasswordEnd, kHostStart, kHostEnd,
  kPort, kPathnameStart, kSearchStart, kHashStart, kScheme, kHostKind,
};
