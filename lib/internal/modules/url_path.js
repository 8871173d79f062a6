'use strict';
// The little of file: URLs the loader needs (createRequire, exports
// targets, error texts) until a full URL implementation exists.

const path = require('internal/path/posix');

function isURL(value) {
  return value != null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;
}

// Percent-encodes what a file URL path cannot hold literally.
function encodePathChars(filepath) {
  return filepath.replace(/[%\\\n\r\t#? "<>`{}]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function pathToFileHref(filepath) {
  return `file://${encodePathChars(filepath)}`;
}

function decodePercent(s) {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/%([0-9a-fA-F]{2})/g, (m, h) => String.fromCharCode(parseInt(h, 16)));
  }
}

// A file: URL (string or URL object) to an absolute path; throws Node's
// URL errors for other schemes, hosts and encoded slashes.
function fileURLToPath(input) {
  const { ERR_INVALID_URL, ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH, ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
  let href;
  if (typeof input === 'string') href = input;
  else if (isURL(input)) href = input.href;
  else throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], input);
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/s.exec(href.trim());
  if (m === null) throw new ERR_INVALID_URL();
  if (m[1].toLowerCase() !== 'file') throw new ERR_INVALID_URL_SCHEME('file');
  let rest = m[2].replace(/\\/g, '/').replace(/[?#].*$/s, '');
  let host = '';
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    host = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  if (host !== '' && host.toLowerCase() !== 'localhost') {
    throw new ERR_INVALID_FILE_URL_HOST('linux');
  }
  if (!rest.startsWith('/')) rest = `/${rest}`;
  if (/%2f/i.test(rest)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  const trailing = rest.endsWith('/') && rest.length > 1;
  const normalized = path.normalize(rest.replace(/%2e/gi, '.'));
  return decodePercent(trailing && !normalized.endsWith('/') ? `${normalized}/` : normalized);
}

module.exports = { isURL, pathToFileHref, fileURLToPath, decodePercent };
