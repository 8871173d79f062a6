'use strict';
// atob / btoa. Kept apart from lib/buffer.js so that the globals cost
// nothing at startup: only the C binding is needed, on the first call.

let bufferBinding;
const binding = () => (bufferBinding ??= internalBinding('buffer'));

const LATIN1 = 3;
const BASE64 = 5;
let errors;
const codes = () => (errors ??= require('internal/errors').codes);

// DOMException may not exist yet: then an Error with its name and code.
function invalidCharacter(message) {
  const DOMException = globalThis.DOMException;
  if (typeof DOMException === 'function') return new DOMException(message, 'InvalidCharacterError');
  const err = new Error(message);
  Object.defineProperty(err, 'name', { value: 'InvalidCharacterError', configurable: true, writable: true });
  Object.defineProperty(err, 'code', { value: 5, configurable: true, writable: true });
  return err;
}

function btoa(input) {
  if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('input');
  input = `${input}`;
  if (/[^\x00-\xff]/.test(input)) throw invalidCharacter('Invalid character');
  const bytes = new Uint8Array(binding().fromString(input, LATIN1));
  return binding().decode(bytes, 0, bytes.length, BASE64);
}

// WHATWG forgiving-base64 decode; the bytes come back as a latin1 string.
function atob(input) {
  if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('input');
  input = `${input}`;
  const data = input.replace(/[\t\n\f\r ]/g, '');
  if (/[^A-Za-z0-9+/=]/.test(data)) throw invalidCharacter('Invalid character');
  let body = data;
  if (data.length % 4 === 0) body = data.replace(/={1,2}$/, '');
  if (body.includes('=')) throw invalidCharacter('Invalid character');
  if (body.length % 4 === 1) {
    throw invalidCharacter('The string to be decoded is not correctly encoded.');
  }
  const bytes = new Uint8Array(binding().fromString(body, BASE64));
  return binding().decode(bytes, 0, bytes.length, LATIN1);
}

module.exports = { atob, btoa };
