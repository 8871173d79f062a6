/* Bytes to and from JS strings in Node's encodings (Buffer semantics). */
#ifndef ND_RT_TEXT_H
#define ND_RT_TEXT_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Encodings by number; lib/buffer.js uses the same numbers. */
typedef enum {
  ND_ENC_UTF8 = 1,
  ND_ENC_UTF16LE = 2,
  ND_ENC_LATIN1 = 3,
  ND_ENC_ASCII = 4,
  ND_ENC_BASE64 = 5,
  ND_ENC_BASE64URL = 6,
  ND_ENC_HEX = 7,
} nd_enc_t;

/* A canonical name (utf8, utf16le, latin1, ascii, hex, base64, base64url)
 * to its number; -1 when unknown. */
int nd_enc_from_name(const char *name);

/* The string `len` bytes decode to. Invalid UTF-8 becomes U+FFFD per
 * maximal subpart (WHATWG), ascii drops the high bit, an odd last byte of
 * utf16le is ignored. NULL for an unknown encoding. */
JSValueRef nd_text_decode_as(JSContextRef ctx, const uint8_t *s, size_t len, int enc);
JSValueRef nd_text_decode(JSContextRef ctx, const char *bytes, size_t len,
                          const char *encoding);

/* Writes the n UTF-16 units of a string as bytes, at most cap, and returns
 * how many were written (Buffer#write semantics: only whole characters,
 * lone surrogates become U+FFFD in UTF-8, latin1/ascii keep the low byte,
 * hex stops at the first bad pair, base64 skips characters outside both
 * alphabets and stops at '='). */
size_t nd_text_write(const JSChar *u, size_t n, int enc, uint8_t *out, size_t cap);
/* The UTF-8 case of nd_text_write; *read gets the units consumed. */
size_t nd_text_write_utf8(const JSChar *u, size_t n, uint8_t *out, size_t cap, size_t *read);
/* Exactly how many bytes nd_text_write produces with no limit. */
size_t nd_text_length(const JSChar *u, size_t n, int enc);

/* The bytes of string `s` in `encoding`; *out is malloc'd. Returns 0, or -1
 * for an unknown encoding. */
int nd_text_encode(JSStringRef s, const char *encoding, char **out, size_t *outlen);

bool nd_text_is_utf8(const uint8_t *s, size_t len);
bool nd_text_is_ascii(const uint8_t *s, size_t len);

#endif
