'use strict';
// string_decoder: characters split across writes (utf8, utf16le, base64), end(), state, errors.
// Each case evaluates an expression and compares a printable form of its
// result (or of the error it throws) with what Node gives.
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const { check, done, useEvaluator } = require('./cases');

// Feeds chunks to a StringDecoder; `tail` 'end' / ['end', bytes] / 'state'.
function sd(encoding, chunks, tail) {
  const d = new StringDecoder(encoding);
  const out = chunks.map((c) => d.write(typeof c === 'string' ? c : Buffer.from(c)));
  if (tail === 'end') out.push(d.end());
  else if (Array.isArray(tail)) out.push(d.end(Buffer.from(tail[1])));
  else if (tail === 'state') out.push(`${d.lastNeed}/${d.lastTotal}/${Array.from(d.lastChar).join(',')}`);
  return out;
}
useEvaluator((src) => eval(`(${src})`));

check("sd('utf8', [[226],[130,172]], undefined)", "[\"\", \"€\"]");
check("sd('utf8', [[226],[65]], undefined)", "[\"\", \"�A\"]");
check("sd('utf8', [[226,130]], 'end')", "[\"\", \"�\"]");
check("sd('utf8', [[240,159]], 'end')", "[\"\", \"�\"]");
check("sd('utf8', [[192]], undefined)", "[\"\"]");
check("sd('utf8', [[224,128]], undefined)", "[\"\"]");
check("sd('utf8', [[237,160]], undefined)", "[\"\"]");
check("sd('utf8', [[224],[128]], undefined)", "[\"\", \"\"]");
check("sd('utf8', [[240],[159],[152],[128]], undefined)", "[\"\", \"\", \"\", \"😀\"]");
check("sd('utf8', [[240,159],[65]], undefined)", "[\"\", \"�A\"]");
check("sd('utf8', [[97,240,159,152]], 'end')", "[\"a\", \"�\"]");
check("sd('utf8', [[244,144]], undefined)", "[\"\"]");
check("sd('utf8', [[244],[144]], undefined)", "[\"\", \"\"]");
check("sd('utf8', [[255,226]], 'end')", "[\"�\", \"�\"]");
check("sd('utf8', [[226],[130],[65]], undefined)", "[\"\", \"\", \"�A\"]");
check("sd('utf8', [[226]], ['end', [130, 172]])", "[\"\", \"€\"]");
check("sd('utf8', [[226]], ['end', [65]])", "[\"\", \"�A\"]");
check("sd('utf8', [[195]], ['end', [226]])", "[\"\", \"��\"]");
check("sd('utf16le', [[97],[0,98]], undefined)", "[\"\", \"a\"]");
check("sd('utf16le', [[61,216],[0,222]], undefined)", "[\"\", \"😀\"]");
check("sd('utf16le', [[61,216]], 'end')", "[\"\", \"\\ud83d\"]");
check("sd('utf16le', [[61]], 'end')", "[\"\", \"\"]");
check("sd('utf16le', [[61,216,0]], 'end')", "[\"\\ud83d\", \"\"]");
check("sd('utf16le', [[61,216,97,0]], undefined)", "[\"\\ud83da\"]");
check("sd('base64', [[97],[98,99,100]], 'end')", "[\"\", \"YWJj\", \"ZA==\"]");
check("sd('base64', [[97,98]], 'end')", "[\"\", \"YWI=\"]");
check("sd('base64url', [[97,98]], 'end')", "[\"\", \"YWI\"]");
check("sd('hex', [[97],[255]], 'end')", "[\"61\", \"ff\", \"\"]");
check("sd('latin1', [[233]], 'end')", "[\"é\", \"\"]");
check("sd('ascii', [[233]], 'end')", "[\"i\", \"\"]");
check("sd('utf8', [[226,130]], 'state')", "[\"\", \"1/3/226,130,0,0\"]");
check("sd('utf16le', [[61]], 'state')", "[\"\", \"1/2/61,0,0,0\"]");
check("sd('base64', [[97]], 'state')", "[\"\", \"2/3/97,0,0,0\"]");
check("new StringDecoder().encoding", "\"utf8\"");
check("new StringDecoder('UCS2').encoding", "\"utf16le\"");
check("new StringDecoder('binary').encoding", "\"latin1\"");
check("new StringDecoder('BASE64URL').encoding", "\"base64url\"");
check("sd('utf8', ['abc', [0x61]], ['end', [0x62]])", "[\"abc\", \"a\", \"b\"]");
check("new StringDecoder().write(new Uint16Array([0x6261]))", "\"ab\"");
check("new StringDecoder('hex').write(new DataView(new Uint8Array([1, 255]).buffer))", "\"01ff\"");
check("new StringDecoder('foo')", "throws TypeError ERR_UNKNOWN_ENCODING Unknown encoding: foo");
check("new StringDecoder(1)", "throws TypeError ERR_UNKNOWN_ENCODING Unknown encoding: 1");
check("new StringDecoder().write(1)", "throws TypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (1)");
check("new StringDecoder().write(null)", "throws TypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received null");
check("new StringDecoder().end(1)", "throws TypeError ERR_INVALID_ARG_TYPE The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (1)");
check("new StringDecoder().end('x')", "\"x\"");
check("Object.keys(new StringDecoder())", "[\"encoding\"]");
check("new StringDecoder().text(Buffer.from('abc'), 1)", "\"bc\"");
check("(() => { const d = new StringDecoder(); d.write(Buffer.from([0xE2])); d.end(); return d.write(Buffer.from('ok')); })()", "\"ok\"");
check("sd('utf8', [[0xE2, 0x82, 0xAC, 0xE2], [0x82, 0xAC, 0xF0, 0x9F, 0x98], [0x80, 0x41]], 'end')", "[\"€\", \"€\", \"😀A\", \"\"]");
check("sd('utf16le', [[0x3D], [0xD8, 0x00], [0xDE, 0x61], [0x00]], 'end')", "[\"\", \"\\ud83d\", \"\\ude00\", \"a\", \"\"]");
check("sd('base64', [[1], [2], [3], [4], [5]], 'end')", "[\"\", \"\", \"AQID\", \"\", \"\", \"BAU=\"]");
check("sd('utf8', [Array.from(Buffer.from('héllo wörld 東京 😀'))], 'end')", "[\"héllo wörld 東京 😀\", \"\"]");
done();
