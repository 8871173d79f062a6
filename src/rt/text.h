/* Bytes to JS strings in Node's encodings (Buffer#toString semantics). */
#ifndef ND_RT_TEXT_H
#define ND_RT_TEXT_H

#include <JavaScriptCore/JavaScript.h>
#include <stddef.h>

/* `encoding` is a canonical name: utf8, utf16le, latin1, ascii, hex, base64,
 * base64url. Invalid UTF-8 becomes U+FFFD per maximal subpart, as in Node.
 * Returns NULL for an unknown encoding. */
JSValueRef nd_text_decode(JSContextRef ctx, const char *bytes, size_t len,
                          const char *encoding);

#endif
