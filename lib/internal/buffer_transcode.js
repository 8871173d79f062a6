'use strict';
// buffer.transcode between utf8, ucs2/utf16le, latin1 and ascii, with the
// results Node's ICU converters give: characters the target cannot hold
// become '?', malformed UTF-8 or lone surrogates headed for a Unicode
// target are errors (U_INVALID_CHAR_FOUND), other encodings are refused
// (U_ILLEGAL_ARGUMENT_ERROR).

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { Buffer } = require('buffer');
const { shared } = require('internal/buffer');

const kIcuErrors = { U_ILLEGAL_ARGUMENT_ERROR: 1, U_INVALID_CHAR_FOUND: 10 };

function icuError(code) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = kIcuErrors[code];
  return err;
}

function kind(encoding) {
  switch (shared.normalizeEncoding(encoding)) {
    case 'utf8': return 'utf8';
    case 'utf16le': return 'ucs2';
    case 'latin1': return 'latin1';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

function transcode(source, fromEncoding, toEncoding) {
  if (!shared.isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = kind(fromEncoding);
  const to = kind(toEncoding);
  if (from === undefined || to === undefined) throw icuError('U_ILLEGAL_ARGUMENT_ERROR');
  const bytes = Buffer.from(source.buffer, source.byteOffset, source.length);

  let text;
  switch (from) {
    case 'utf8':
      if (to === 'ucs2' && !shared.isUtf8Bytes(bytes)) throw icuError('U_INVALID_CHAR_FOUND');
      text = bytes.utf8Slice();
      break;
    case 'latin1':
      text = bytes.latin1Slice();
      break;
    case 'ascii':
      text = bytes.latin1Slice();
      // only Unicode targets other than UTF-16 see high bytes as invalid
      if (to !== 'ucs2') text = text.replace(/[\x80-\xff]/g, '\ufffd');
      break;
    case 'ucs2':
      if (to === 'utf8' && (bytes.length < 2 || !bytes.ucs2Slice().isWellFormed())) {
        throw icuError('U_INVALID_CHAR_FOUND');
      }
      text = bytes.ucs2Slice();
      if (to === 'ucs2' && (bytes.length & 1)) text += '\ufffd';
      break;
  }

  switch (to) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'ucs2':
      return Buffer.from(text.toWellFormed(), 'utf16le');
    case 'latin1':
      return Buffer.from(text.replace(/[^\x00-\xff]/gu, '?'), 'latin1');
    default:
      return Buffer.from(text.replace(/[^\x00-\x7f]/gu, '?'), 'latin1');
  }
}

module.exports = { transcode };
