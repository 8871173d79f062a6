'use strict';
// path.win32: the Windows flavour, complete on every platform.

const {
  validateString,
  SLASH,
  BACKSLASH,
  DOT,
  COLON,
  QUESTION,
  isWinSep,
  isDriveLetter,
  isReservedName,
  normalizeString,
  _format,
  scanLastPart,
  basenameOf,
  matchesGlob,
} = require('internal/path/common');


// For a path starting with two separators: where a UNC root's server and
// share are, or null when it has none ("\\server" alone, "\\\x").
function scanUnc(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j >= len || j === 2) return null;
  const serverEnd = j;
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j >= len) return null;
  const shareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  return { serverEnd, shareStart, shareEnd: j };
}

// The root of a path as resolve() sees it: { device, rootEnd, isAbsolute }.
function win32Root(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (len === 1) {
    return isWinSep(code) ? { device: '', rootEnd: 1, isAbsolute: true }
      : { device: '', rootEnd: 0, isAbsolute: false };
  }
  if (isWinSep(code)) {
    if (!isWinSep(path.charCodeAt(1))) return { device: '', rootEnd: 1, isAbsolute: true };
    const unc = scanUnc(path);
    if (unc === null) return { device: '', rootEnd: 1, isAbsolute: true };
    const server = path.slice(2, unc.serverEnd);
    if (server === '.' || server === '?') return { device: `\\\\${server}`, rootEnd: 4, isAbsolute: true };
    return {
      device: `\\\\${server}\\${path.slice(unc.shareStart, unc.shareEnd)}`,
      rootEnd: unc.shareEnd,
      isAbsolute: true,
    };
  }
  if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
    if (len > 2 && isWinSep(path.charCodeAt(2))) return { device: path.slice(0, 2), rootEnd: 3, isAbsolute: true };
    return { device: path.slice(0, 2), rootEnd: 2, isAbsolute: false };
  }
  return { device: '', rootEnd: 0, isAbsolute: false };
}

// Where dirname/parse consider the root to end: the UNC root includes the
// separator after the share; { rootEnd (-1: none), whole: path is a bare UNC root }.
function win32RootEnd(path) {
  const code = path.charCodeAt(0);
  if (isWinSep(code)) {
    if (!isWinSep(path.charCodeAt(1))) return { rootEnd: 1, whole: false };
    const unc = scanUnc(path);
    if (unc === null) return { rootEnd: 1, whole: false };
    if (unc.shareEnd === path.length) return { rootEnd: path.length, whole: true };
    return { rootEnd: unc.shareEnd + 1, whole: false };
  }
  if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
    return { rootEnd: path.length > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2, whole: false };
  }
  return { rootEnd: -1, whole: false };
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
        // the cwd as is, with Windows separators
        if (args.length === 0 || (args.length === 1 && (args[0] === '' || args[0] === '.') &&
            isWinSep(path.charCodeAt(0)))) {
          return process.platform === 'win32' ? path : path.replace(/\//g, '\\');
        }
      } else {
        // A drive-relative path: the drive's own cwd (kept in the env var
        // "=C:" on Windows), else the process cwd, else the drive root.
        path = process.env[`=${resolvedDevice}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === BACKSLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }

      const { device, rootEnd, isAbsolute } = win32Root(path);
      if (device.length > 0) {
        if (resolvedDevice.length === 0) resolvedDevice = device;
        else if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue; // another drive
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0) break;
      }
    }
    resolvedTail = normalizeString(resolvedTail, !resolvedAbsolute, '\\', isWinSep);
    if (resolvedAbsolute) return `${resolvedDevice}\\${resolvedTail}`;
    return `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = path.charCodeAt(0);
    if (len === 1) return code === SLASH ? '\\' : path;
    let rootEnd = 0;
    let device;
    let isAbsolute = false;
    if (isWinSep(code)) {
      isAbsolute = true;
      rootEnd = 1;
      const unc = isWinSep(path.charCodeAt(1)) ? scanUnc(path) : null;
      if (unc !== null) {
        const server = path.slice(2, unc.serverEnd);
        if (server === '.' || server === '?') {
          // a device namespace root (\\.\PHYSICALDRIVE0, \\?\C:\x)
          device = `\\\\${server}`;
          rootEnd = 4;
          const named = path.slice(4, path.indexOf(':') + 1);
          if (isReservedName(named, named.length - 1)) {
            device = `\\\\?\\${named}`;
            rootEnd = 4 + named.length;
          }
        } else if (unc.shareEnd === len) {
          // nothing after the UNC root
          return `\\\\${server}\\${path.slice(unc.shareStart)}\\`;
        } else {
          device = `\\\\${server}\\${path.slice(unc.shareStart, unc.shareEnd)}`;
          rootEnd = unc.shareEnd;
        }
      }
    } else {
      const colonIndex = path.indexOf(':');
      if (colonIndex === 1 && isDriveLetter(code)) {
        device = path.slice(0, 2);
        rootEnd = 2;
        if (len > 2 && isWinSep(path.charCodeAt(2))) {
          isAbsolute = true;
          rootEnd = 3;
        }
      } else if (colonIndex > 0 && isReservedName(path, colonIndex)) {
        device = path.slice(0, colonIndex + 1);
        rootEnd = colonIndex + 1;
      }
    }

    let tail = rootEnd < len ? normalizeString(path.slice(rootEnd), !isAbsolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
    // A relative result must not read as a drive or a stream on a device
    // (CVE-2024-36139): prefix '.\' when it could.
    if (!isAbsolute && device === undefined && path.includes(':')) {
      if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === COLON) {
        return `.\\${tail}`;
      }
      for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
        if (i === len - 1 || isWinSep(path.charCodeAt(i + 1))) return `.\\${tail}`;
      }
    }
    if (isReservedName(path, path.indexOf(':'))) return `.\\${device ?? ''}${tail}`;
    if (device === undefined) return isAbsolute ? `\\${tail}` : tail;
    return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isWinSep(code) ||
      (len > 2 && isDriveLetter(code) && path.charCodeAt(1) === COLON && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    const first = parts[0];
    let joined = parts.join('\\');

    // Leading separators collapse to one, so normalize() does not take the
    // result for a UNC path, unless the first part itself looks like one
    // ('\\server...': exactly two separators, then something else).
    let slashCount = 0;
    let keepUnc = false;
    if (isWinSep(first.charCodeAt(0))) {
      slashCount = 1;
      if (first.length > 1 && isWinSep(first.charCodeAt(1))) {
        slashCount = 2;
        if (first.length > 2) {
          if (isWinSep(first.charCodeAt(2))) slashCount = 3;
          else keepUnc = true;
        }
      }
    }
    if (!keepUnc) {
      while (slashCount < joined.length && isWinSep(joined.charCodeAt(slashCount))) slashCount++;
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }

    // A segment naming a reserved device ("CON:") is not normalized at all:
    // only '/' becomes '\'.
    for (const segment of joined.split('\\')) {
      const colonIndex = segment.indexOf(':');
      if (colonIndex !== -1 && isReservedName(segment, colonIndex)) return joined.replace(/\//g, '\\');
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';

    if (fromOrig.length !== from.length || toOrig.length !== to.length) {
      // lower-casing changed a length (e.g. 'İ'): compare segment by segment
      const fromSplit = fromOrig.split('\\');
      const toSplit = toOrig.split('\\');
      if (fromSplit[fromSplit.length - 1] === '') fromSplit.pop();
      if (toSplit[toSplit.length - 1] === '') toSplit.pop();
      const fromLen = fromSplit.length;
      const toLen = toSplit.length;
      const length = fromLen < toLen ? fromLen : toLen;
      let i = 0;
      while (i < length && fromSplit[i].toLowerCase() === toSplit[i].toLowerCase()) i++;
      if (i === 0) return toOrig;
      if (i === length) {
        if (toLen > length) return toSplit.slice(i).join('\\');
        if (fromLen > length) return `${'..\\'.repeat(fromLen - 1 - i)}..`;
        return '';
      }
      return `${'..\\'.repeat(fromLen - i)}${toSplit.slice(i).join('\\')}`;
    }

    // Leading and trailing separators are left out of the comparison.
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH) fromEnd--;
    const fromLen = fromEnd - fromStart;
    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH) toEnd--;
    const toLen = toEnd - toStart;

    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = from.charCodeAt(fromStart + i);
      if (code !== to.charCodeAt(toStart + i)) break;
      if (code === BACKSLASH) lastCommonSep = i;
    }
    if (i !== length) {
      if (lastCommonSep === -1) return toOrig; // different roots
    } else {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === BACKSLASH) return toOrig.slice(toStart + i + 1);
        if (i === 2) return toOrig.slice(toStart + i); // 'C:' -> 'C:\x'
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === BACKSLASH) lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === BACKSLASH) out += out.length === 0 ? '..' : '\\..';
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === BACKSLASH) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    const c0 = resolved.charCodeAt(0);
    if (c0 === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const c2 = resolved.charCodeAt(2);
        if (c2 !== QUESTION && c2 !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (isDriveLetter(c0) && resolved.charCodeAt(1) === COLON &&
               resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
    const { rootEnd, whole } = win32RootEnd(path);
    if (whole) return path;
    const offset = rootEnd === -1 ? 0 : rootEnd;
    let end = -1;
    let matchedSlash = true;
    for (let i = len - 1; i >= offset; --i) {
      if (isWinSep(path.charCodeAt(i))) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const start = path.length >= 2 && isDriveLetter(path.charCodeAt(0)) &&
      path.charCodeAt(1) === COLON ? 2 : 0;
    return basenameOf(path, suffix, start, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    const start = path.length >= 2 && path.charCodeAt(1) === COLON &&
      isDriveLetter(path.charCodeAt(0)) ? 2 : 0;
    const { end, startDot } = scanLastPart(path, start, isWinSep);
    return startDot === -1 ? '' : path.slice(startDot, end);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const code = path.charCodeAt(0);
    if (len === 1) {
      if (isWinSep(code)) ret.root = ret.dir = path;
      else ret.base = ret.name = path;
      return ret;
    }
    // a bare drive root is all root
    if (isDriveLetter(code) && path.charCodeAt(1) === COLON &&
        (len === 2 || (len === 3 && isWinSep(path.charCodeAt(2))))) {
      ret.root = ret.dir = path;
      return ret;
    }
    let { rootEnd } = win32RootEnd(path);
    if (rootEnd === -1) rootEnd = 0;
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    const { startPart, end, startDot } = scanLastPart(path, rootEnd, isWinSep);
    if (end !== -1) {
      if (startDot === -1) {
        ret.base = ret.name = path.slice(startPart, end);
      } else {
        ret.name = path.slice(startPart, startDot);
        ret.base = path.slice(startPart, end);
        ret.ext = path.slice(startDot, end);
      }
    }
    ret.dir = startPart > 0 && startPart !== rootEnd ? path.slice(0, startPart - 1) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

module.exports = win32;
