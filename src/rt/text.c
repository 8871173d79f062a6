/* Bytes to JS strings in Node's encodings. Each decoder writes UTF-16 code
 * units, the engine's native string form, so no intermediate copy is made. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rt/rt.h"
#include "rt/text.h"

static JSValueRef make_string(JSContextRef ctx, const JSChar *units, size_t n) {
  JSStringRef s = JSStringCreateWithCharacters(units, n);
  JSValueRef v = JSValueMakeString(ctx, s);
  JSStringRelease(s);
  return v;
}

static JSChar *alloc_units(size_t n) {
  JSChar *u = malloc((n ? n : 1) * sizeof *u);
  ND_CHECK(u);
  return u;
}

/* WHATWG UTF-8 decode: each maximal invalid subpart becomes one U+FFFD. */
static size_t utf8_decode(const uint8_t *s, size_t len, JSChar *out) {
  size_t i = 0, n = 0;
  while (i < len) {
    uint8_t b = s[i];
    if (b < 0x80) {
      out[n++] = b;
      i++;
      continue;
    }
    int need;
    uint8_t lo = 0x80, hi = 0xBF;
    uint32_t cp;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      cp = b & 0x0F;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      cp = b & 0x07;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      out[n++] = 0xFFFD;
      i++;
      continue;
    }
    i++;
    int got = 0;
    while (got < need && i < len && s[i] >= lo && s[i] <= hi) {
      cp = (cp << 6) | (s[i] & 0x3F);
      lo = 0x80;
      hi = 0xBF;
      i++;
      got++;
    }
    if (got < need) {
      out[n++] = 0xFFFD;
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out[n++] = (JSChar)(0xD800 | (cp >> 10));
      out[n++] = (JSChar)(0xDC00 | (cp & 0x3FF));
    } else {
      out[n++] = (JSChar)cp;
    }
  }
  return n;
}

static size_t base64_encode(const uint8_t *s, size_t len, JSChar *out, bool url) {
  const char *tab = url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                        : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  size_t n = 0, i = 0;
  for (; i + 2 < len; i += 3) {
    uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8 | s[i + 2];
    out[n++] = tab[v >> 18];
    out[n++] = tab[(v >> 12) & 63];
    out[n++] = tab[(v >> 6) & 63];
    out[n++] = tab[v & 63];
  }
  if (i < len) {
    uint32_t v = (uint32_t)s[i] << 16 | (i + 1 < len ? (uint32_t)s[i + 1] << 8 : 0);
    out[n++] = tab[v >> 18];
    out[n++] = tab[(v >> 12) & 63];
    if (i + 1 < len) out[n++] = tab[(v >> 6) & 63];
    else if (!url) out[n++] = '=';
    if (!url) out[n++] = '=';
  }
  return n;
}

JSValueRef nd_text_decode(JSContextRef ctx, const char *bytes, size_t len,
                          const char *encoding) {
  const uint8_t *s = (const uint8_t *)bytes;
  JSChar *u;
  size_t n = 0;
  if (strcmp(encoding, "utf8") == 0) {
    u = alloc_units(len);
    n = utf8_decode(s, len, u);
  } else if (strcmp(encoding, "latin1") == 0 || strcmp(encoding, "ascii") == 0) {
    uint8_t mask = encoding[0] == 'a' ? 0x7F : 0xFF;
    u = alloc_units(len);
    for (; n < len; n++) u[n] = s[n] & mask;
  } else if (strcmp(encoding, "utf16le") == 0) {
    u = alloc_units(len / 2);
    for (; n < len / 2; n++) u[n] = (JSChar)(s[2 * n] | s[2 * n + 1] << 8);
  } else if (strcmp(encoding, "hex") == 0) {
    static const char digits[] = "0123456789abcdef";
    u = alloc_units(len * 2);
    for (size_t i = 0; i < len; i++) {
      u[n++] = digits[s[i] >> 4];
      u[n++] = digits[s[i] & 15];
    }
  } else if (strcmp(encoding, "base64") == 0 || strcmp(encoding, "base64url") == 0) {
    u = alloc_units((len + 2) / 3 * 4);
    n = base64_encode(s, len, u, encoding[6] == 'u');
  } else {
    return NULL;
  }
  JSValueRef v = make_string(ctx, u, n);
  free(u);
  return v;
}
