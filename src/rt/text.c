/* Bytes to and from JS strings in Node's encodings. Both directions work on
 * UTF-16 code units, the engine's native string form, so no intermediate
 * copy is made. */
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

static size_t utf8_encode(const JSChar *u, size_t n, uint8_t *out) {
  size_t len = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = u[i];
    if (c >= 0xD800 && c <= 0xDFFF) {
      bool pair = c <= 0xDBFF && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF;
      if (pair) {
        c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
        i++;
      } else {
        c = 0xFFFD;
      }
    }
    if (c < 0x80) {
      out[len++] = (uint8_t)c;
    } else if (c < 0x800) {
      out[len++] = (uint8_t)(0xC0 | c >> 6);
      out[len++] = (uint8_t)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out[len++] = (uint8_t)(0xE0 | c >> 12);
      out[len++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
      out[len++] = (uint8_t)(0x80 | (c & 0x3F));
    } else {
      out[len++] = (uint8_t)(0xF0 | c >> 18);
      out[len++] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
      out[len++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
      out[len++] = (uint8_t)(0x80 | (c & 0x3F));
    }
  }
  return len;
}

static int hex_value(JSChar c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Both alphabets decode; anything else is skipped. */
static int base64_value(JSChar c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

static size_t base64_decode(const JSChar *u, size_t n, uint8_t *out) {
  size_t len = 0;
  uint32_t acc = 0;
  int have = 0;
  for (size_t i = 0; i < n && u[i] != '='; i++) {
    int v = base64_value(u[i]);
    if (v < 0) continue;
    acc = acc << 6 | (uint32_t)v;
    if (++have == 4) {
      out[len++] = (uint8_t)(acc >> 16);
      out[len++] = (uint8_t)(acc >> 8);
      out[len++] = (uint8_t)acc;
      acc = 0;
      have = 0;
    }
  }
  if (have == 2) {
    out[len++] = (uint8_t)(acc >> 4);
  } else if (have == 3) {
    out[len++] = (uint8_t)(acc >> 10);
    out[len++] = (uint8_t)(acc >> 2);
  }
  return len;
}

int nd_text_encode(JSStringRef s, const char *encoding, char **out, size_t *outlen) {
  const JSChar *u = JSStringGetCharactersPtr(s);
  size_t n = JSStringGetLength(s);
  size_t cap;
  bool utf8 = strcmp(encoding, "utf8") == 0;
  bool single = strcmp(encoding, "latin1") == 0 || strcmp(encoding, "ascii") == 0;
  bool utf16 = strcmp(encoding, "utf16le") == 0;
  bool hex = strcmp(encoding, "hex") == 0;
  bool b64 = strcmp(encoding, "base64") == 0 || strcmp(encoding, "base64url") == 0;
  if (utf8) cap = n * 3;
  else if (single || hex || b64) cap = n;
  else if (utf16) cap = n * 2;
  else return -1;
  uint8_t *b = malloc(cap ? cap : 1);
  ND_CHECK(b);
  size_t len = 0;
  if (utf8) {
    len = utf8_encode(u, n, b);
  } else if (single) {
    for (; len < n; len++) b[len] = (uint8_t)u[len];
  } else if (utf16) {
    for (size_t i = 0; i < n; i++) {
      b[len++] = (uint8_t)u[i];
      b[len++] = (uint8_t)(u[i] >> 8);
    }
  } else if (hex) {
    for (size_t i = 0; i + 1 < n; i += 2) {
      int hi = hex_value(u[i]), lo = hex_value(u[i + 1]);
      if (hi < 0 || lo < 0) break;
      b[len++] = (uint8_t)(hi << 4 | lo);
    }
  } else {
    len = base64_decode(u, n, b);
  }
  *out = (char *)b;
  *outlen = len;
  return 0;
}
