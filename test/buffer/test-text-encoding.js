'use strict';
// TextEncoder (encode, encodeInto) and TextDecoder (utf-8, utf-16le/be, windows-1252; fatal, ignoreBOM, stream).
// Each case evaluates an expression and compares a printable form of its
// result (or of the error it throws) with what Node gives.
const { check, done } = require('./cases');

// Feeds chunks to a StringDecoder; `tail` 'end' / ['end', bytes] / 'state'.
function sd(encoding, chunks, tail) {
  const d = new StringDecoder(encoding);
  const out = chunks.map((c) => d.write(typeof c === 'string' ? c : Buffer.from(c)));
  if (tail === 'end') out.push(d.end());
  else if (Array.isArray(tail)) out.push(d.end(Buffer.from(tail[1])));
  else if (tail === 'state') out.push(`${d.lastNeed}/${d.lastTotal}/${Array.from(d.lastChar).join(',')}`);
  return out;
}

check("new TextEncoder().encode('héllo 😀')", "Uint8Array[68 c3 a9 6c 6c 6f 20 f0 9f 98 80]");
check("new TextEncoder().encode()", "Uint8Array[]");
check("new TextEncoder().encode('\\ud800x')", "Uint8Array[ef bf bd 78]");
check("new TextEncoder().encode(12)", "Uint8Array[31 32]");
check("new TextEncoder().encode('a').constructor.name", "\"Uint8Array\"");
check("new TextEncoder().encoding", "\"utf-8\"");
check("new TextEncoder().encodeInto('héllo', new Uint8Array(3))", "{\"read\":2,\"written\":3}");
check("new TextEncoder().encodeInto('a😀b', new Uint8Array(4))", "{\"read\":1,\"written\":1}");
check("new TextEncoder().encodeInto('a😀b', new Uint8Array(5))", "{\"read\":3,\"written\":5}");
check("new TextEncoder().encodeInto('\\ud800', new Uint8Array(5))", "{\"read\":1,\"written\":3}");
check("new TextEncoder().encodeInto(1, new Uint8Array(5))", "throws TypeError ERR_INVALID_ARG_TYPE The \"src\" argument must be of type string. Received type number (1)");
check("new TextEncoder().encodeInto('a', [])", "throws TypeError ERR_INVALID_ARG_TYPE The \"dest\" argument must be an instance of Uint8Array. Received an instance of Array");
check("new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))", "\"hi\"");
check("new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))", "\"﻿hi\"");
check("new TextDecoder().decode(new Uint8Array([0x68, 0xff, 0xe2, 0x82]))", "\"h��\"");
check("new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0x68, 0xff]))", "throws TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8");
check("new TextDecoder().decode(Buffer.from('héllo').buffer.slice(0, 0))", "\"\"");
check("new TextDecoder().decode(new Uint16Array([0x6968]))", "\"hi\"");
check("new TextDecoder().decode(new DataView(new Uint8Array([0x68]).buffer))", "\"h\"");
check("new TextDecoder().decode()", "\"\"");
check("new TextDecoder().decode('abc')", "throws TypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.");
check("new TextDecoder().decode(null)", "throws TypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.");
check("(() => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xe2]), { stream: true }), d.decode(new Uint8Array([0x82]), { stream: true }), d.decode(new Uint8Array([0xac]))]; })()", "[\"\", \"\", \"€\"]");
check("(() => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xe2]), { stream: true }), d.decode()]; })()", "[\"\", \"�\"]");
check("(() => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xe2]), { stream: true }), d.decode(new Uint8Array([0x41]))]; })()", "[\"\", \"�A\"]");
check("(() => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xef, 0xbb]), { stream: true }), d.decode(new Uint8Array([0xbf, 0x41]), { stream: true }), d.decode(new Uint8Array([0xef, 0xbb, 0xbf]))]; })()", "[\"\", \"A\", \"﻿\"]");
check("(() => { const d = new TextDecoder('utf-8', { fatal: true }); return [d.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }), d.decode(new Uint8Array([0x98, 0x80]))]; })()", "[\"\", \"😀\"]");
check("(() => { const d = new TextDecoder('utf-8', { fatal: true }); d.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }); return d.decode(); })()", "throws TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8");
check("(() => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xe0, 0x80]), { stream: true }), d.decode()]; })()", "[\"��\", \"\"]");
check("new TextDecoder('utf-16le').decode(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x3d, 0xd8, 0x00, 0xde]))", "\"h😀\"");
check("new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0x00, 0x3d, 0xd8, 0x69]))", "\"h�\"");
check("new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x00, 0xd8]))", "throws TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-16le");
check("new TextDecoder('utf-16be').decode(new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0xd8, 0x3d, 0xde, 0x00]))", "\"h😀\"");
check("(() => { const d = new TextDecoder('utf-16le'); return [d.decode(new Uint8Array([0x68]), { stream: true }), d.decode(new Uint8Array([0x00, 0x3d, 0xd8]), { stream: true }), d.decode(new Uint8Array([0x00, 0xde]))]; })()", "[\"\", \"h\", \"😀\"]");
check("(() => { const d = new TextDecoder('utf-16be'); return [d.decode(new Uint8Array([0x00]), { stream: true }), d.decode(new Uint8Array([0x68, 0xd8]), { stream: true }), d.decode(new Uint8Array([0x3d, 0xde, 0x00]))]; })()", "[\"\", \"h\", \"😀\"]");
check("new TextDecoder('latin1').decode(new Uint8Array([0x41, 0x80, 0x81, 0x9f, 0xe9, 0xff]))", "\"A€Ÿéÿ\"");
check("new TextDecoder('ascii').encoding", "\"windows-1252\"");
check("new TextDecoder(' UTF8 ').encoding", "\"utf-8\"");
check("new TextDecoder('unicode').encoding", "\"utf-16le\"");
check("new TextDecoder('utf-16').encoding", "\"utf-16le\"");
check("new TextDecoder('foo')", "throws RangeError ERR_ENCODING_NOT_SUPPORTED The \"foo\" encoding is not supported");
check("new TextDecoder('utf-8', 5)", "throws TypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received type number (5)");
check("[new TextDecoder().fatal, new TextDecoder().ignoreBOM, new TextDecoder('utf8', { fatal: 1, ignoreBOM: 'x' }).fatal]", "[false, false, true]");
check("Object.prototype.toString.call(new TextDecoder())", "\"[object TextDecoder]\"");
check("util.inspect(new TextEncoder())", "\"{ encoding: 'utf-8' }\"");
check("util.inspect(new TextDecoder())", "\"TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }\"");
check("typeof TextDecoder.prototype.decode", "\"function\"");
done();
