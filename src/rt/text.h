/* Bytes to and from JS strings in Node's encodings (Buffer semantics). */
#ifndef ND_RT_TEXT_H
#define ND_RT_TEXT_H

#include <JavaScriptCore/JavaScript.h>
#include <stddef.h>

/* `encoding` is a canonical name: utf8, utf16le, latin1, ascii, hex, base64,
 * base64url. Invalid UTF-8 becomes U+FFFD per maximal subpart, as in Node.
 * Returns NULL for an unknown encoding. */
JSValueRef nd_text_decode(JSContextRef ctx, const char *bytes, size_t len,
                          const char *encoding);

/* The bytes of string `s` in `encoding` (Buffer.from(string, encoding)
 * semantics: lone surrogates become U+FFFD in UTF-8, latin1/ascii keep the
 * low byte, hex stops at the first bad pair, base64 skips characters outside
 * both alphabets and stops at '='). *out is malloc'd; returns 0, or -1 for an
 * unknown encoding. */
int nd_text_encode(JSStringRef s, const char *encoding, char **out, size_t *outlen);

#endif
