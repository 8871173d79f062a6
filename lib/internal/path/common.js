'use strict';
// What both flavours of path share: char codes, normalization, format,
// basename scanning, glob matching.

const { validateString, validateObject } = require('internal/validators');

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\'
const DOT = 46;
const COLON = 58;
const QUESTION = 63;

const isPosixSep = (c) => c === SLASH;
const isWinSep = (c) => c === SLASH || c === BACKSLASH;
// A-Z / a-z: what may stand before ':' in a drive root
const isDriveLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// Names Windows maps to devices whatever the directory (checked before a colon).
const kReservedNames = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3', 'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
]);
// Node slices up to colonIndex even when it is -1 (dropping the last char);
// kept, since it shows in normalize's output.
function isReservedName(path, colonIndex) {
  return kReservedNames.has(path.slice(0, colonIndex).toUpperCase());
}

// Resolves '.' and '..' segments of a root-less path; empty segments vanish.
// With allowAboveRoot, leading '..' segments are kept.
function normalizeString(path, allowAboveRoot, sep, isSep) {
  let res = '';
  let lastSegmentLength = 0;
  let lastSlash = -1;
  let dots = 0;
  let code = 0;
  for (let i = 0; i <= path.length; ++i) {
    if (i < path.length) code = path.charCodeAt(i);
    else if (isSep(code)) break;
    else code = SLASH;
    if (isSep(code)) {
      if (lastSlash === i - 1 || dots === 1) {
        // empty or '.' segment
      } else if (dots === 2) {
        const endsInDotDot = lastSegmentLength === 2 && res.length >= 2 &&
          res.charCodeAt(res.length - 1) === DOT && res.charCodeAt(res.length - 2) === DOT;
        if (!endsInDotDot && res.length > 0) {
          // drop the last segment
          const idx = res.length > 2 ? res.lastIndexOf(sep) : -1;
          if (idx === -1) {
            res = '';
            lastSegmentLength = 0;
          } else {
            res = res.slice(0, idx);
            lastSegmentLength = res.length - 1 - res.lastIndexOf(sep);
          }
        } else if (allowAboveRoot) {
          res += res.length > 0 ? `${sep}..` : '..';
          lastSegmentLength = 2;
        }
      } else {
        if (res.length > 0) res += `${sep}${path.slice(lastSlash + 1, i)}`;
        else res = path.slice(lastSlash + 1, i);
        lastSegmentLength = i - lastSlash - 1;
      }
      lastSlash = i;
      dots = 0;
    } else if (code === DOT && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  return res;
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

// Shared by both flavours (bound to the separator, as Node does).
function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// The last segment of path[start..] and, for extname/parse, where its
// extension starts: { startPart, end, startDot } (end -1: no segment).
// A leading dot (".profile") or a name of only dots has no extension.
function scanLastPart(path, start, isSep, startPart = start) {
  let startDot = -1;
  let end = -1;
  let matchedSlash = true;
  let preDotState = 0; // 0: nothing before the dot yet, 1: only dots, -1: a name char
  for (let i = path.length - 1; i >= start; --i) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (!matchedSlash) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
    if (code === DOT) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  if (startDot === -1 || end === -1 || preDotState === 0 ||
      (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
    startDot = -1;
  }
  return { startPart, end, startDot };
}

function basenameOf(path, suffix, start, isSep) {
  let end = -1;
  let matchedSlash = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    // Walk back once, matching the suffix against the tail of the last
    // segment as we go; a mismatch leaves the segment whole.
    let extIdx = suffix.length - 1;
    let firstNonSlashEnd = -1;
    for (let i = path.length - 1; i >= start; --i) {
      const code = path.charCodeAt(i);
      if (isSep(code)) {
        if (!matchedSlash) {
          start = i + 1;
          break;
        }
      } else {
        if (firstNonSlashEnd === -1) {
          matchedSlash = false;
          firstNonSlashEnd = i + 1;
        }
        if (extIdx >= 0) {
          if (code === suffix.charCodeAt(extIdx)) {
            if (--extIdx === -1) end = i;
          } else {
            extIdx = -1;
            end = firstNonSlashEnd;
          }
        }
      }
    }
    if (start === end) end = firstNonSlashEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }
  for (let i = path.length - 1; i >= start; --i) {
    if (isSep(path.charCodeAt(i))) {
      if (!matchedSlash) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
  }
  return end === -1 ? '' : path.slice(start, end);
}

let globMatch;
function matchesGlob(path, pattern, windows) {
  globMatch ??= require('internal/path/glob').matchGlob;
  return globMatch(path, pattern, windows);
}

// Whether a POSIX path is one path.resolve would leave as it is, apart from
// putting the working directory before a relative one: no empty, '.' or
// '..' segment, no trailing slash. Lets start-up skip resolve's character
// loop, slow before the engine's JIT has warmed up.
function isNormalPosixPath(p) {
  return typeof p === 'string' && p !== '' && p !== '.' && p !== '..' && !p.endsWith('/') &&
    !p.includes('//') && !p.includes('/./') && !p.includes('/../') && !p.startsWith('./') &&
    !p.startsWith('../') && !p.endsWith('/.') && !p.endsWith('/..');
}

module.exports = {
  isNormalPosixPath,
  validateString,
  validateObject,
  SLASH,
  BACKSLASH,
  DOT,
  COLON,
  QUESTION,
  isPosixSep,
  isWinSep,
  isDriveLetter,
  kReservedNames,
  isReservedName,
  normalizeString,
  formatExt,
  _format,
  scanLastPart,
  basenameOf,
  matchesGlob,
};
