/* Bytes to and from JS strings in Node's encodings. Both directions work on
 * UTF-16 code units, the engine's native string form; the loops read and
 * write typed-array memory directly. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "rt/jsstr.h"
#include "rt/rt.h"
#include "rt/text.h"

static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char kB64Url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
static const char kHexDigits[] = "0123456789abcdef";

int nd_enc_from_name(const char *name) {
  static const struct {
    const char *name;
    int enc;
  } names[] = {
      {"utf8", ND_ENC_UTF8},     {"utf16le", ND_ENC_UTF16LE}, {"latin1", ND_ENC_LATIN1},
      {"ascii", ND_ENC_ASCII},   {"base64", ND_ENC_BASE64},   {"base64url", ND_ENC_BASE64URL},
      {"hex", ND_ENC_HEX},
  };
  for (size_t i = 0; i < ND_COUNTOF(names); i++)
    if (strcmp(name, names[i].name) == 0) return names[i].enc;
  return -1;
}

static JSChar *alloc_units(size_t n) {
  JSChar *u = malloc((n ? n : 1) * sizeof *u);
  ND_CHECK(u);
  return u;
}

static inline uint64_t load64(const uint8_t *p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}

/* WHATWG UTF-8 decode: each maximal invalid subpart becomes one U+FFFD.
 * The general path; valid input takes utf8_to_utf16 / utf8_to_latin1. */
static size_t utf8_decode(const uint8_t *s, size_t len, JSChar *out) {
  size_t i = 0, n = 0;
  while (i < len) {
    /* runs of ASCII, eight bytes at a time */
    while (i + 8 <= len && (load64(s + i) & 0x8080808080808080ull) == 0) {
      for (int k = 0; k < 8; k++) out[n + k] = s[i + k];
      n += 8;
      i += 8;
    }
    if (i >= len) break;
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

/* What the string of valid UTF-8 looks like, in one read of the bytes:
 * its UTF-16 length (every byte but continuations, plus one for each
 * four-byte lead) and whether a lead byte above 0xC3 makes it wider than
 * Latin-1. Invalid input gives a wrong guess; the decoders below notice. */
static size_t utf8_shape(const uint8_t *s, size_t len, bool *wide) {
  size_t i = 0, cont = 0, four = 0;
  bool w = false;
#if defined(__SSE2__)
  const __m128i zero = _mm_setzero_si128();
  while (i + 16 <= len) {
    /* per-lane byte counters, summed before they can wrap */
    __m128i c = zero, f = zero, h = zero;
    size_t end = i + 255 * 16 < len ? i + 255 * 16 : len;
    for (; i + 16 <= end; i += 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
      __m128i high = _mm_cmplt_epi8(v, zero);
      c = _mm_sub_epi8(c, _mm_cmplt_epi8(v, _mm_set1_epi8(-64)));               /* 80-BF */
      f = _mm_sub_epi8(f, _mm_and_si128(high, _mm_cmpgt_epi8(v, _mm_set1_epi8(-17)))); /* F0- */
      h = _mm_or_si128(h, _mm_and_si128(high, _mm_cmpgt_epi8(v, _mm_set1_epi8(-61)))); /* C4- */
    }
    c = _mm_sad_epu8(c, zero);
    f = _mm_sad_epu8(f, zero);
    cont += (size_t)_mm_cvtsi128_si32(c) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(c, 8));
    four += (size_t)_mm_cvtsi128_si32(f) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(f, 8));
    w |= _mm_movemask_epi8(h) != 0;
  }
#endif
  for (; i < len; i++) {
    cont += (s[i] & 0xC0) == 0x80;
    four += s[i] >= 0xF0;
    w |= s[i] >= 0xC4;
  }
  *wide = w;
  return len - cont + four;
}

#if defined(__SSE2__)
/* Widens the 16 bytes at s to out[0..16). */
static inline void widen16(const uint8_t *s, JSChar *out) {
  __m128i v = _mm_loadu_si128((const __m128i *)s), zero = _mm_setzero_si128();
  _mm_storeu_si128((__m128i *)out, _mm_unpacklo_epi8(v, zero));
  _mm_storeu_si128((__m128i *)(out + 8), _mm_unpackhi_epi8(v, zero));
}
#endif

/* Valid UTF-8 into exactly cap UTF-16 units; false at the first invalid
 * sequence or when the units would not come out to cap. */
static bool utf8_to_utf16(const uint8_t *s, size_t len, JSChar *out, size_t cap) {
  size_t i = 0, n = 0;
  while (i < len) {
#if defined(__SSE2__)
    /* ASCII sixteen at a time; before a non-ASCII byte all sixteen units
     * are stored anyway and the ones past it overwritten afterwards */
    if (i + 16 <= len && n + 16 <= cap) {
      int m = _mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(s + i)));
      widen16(s + i, out + n);
      if (m == 0) {
        i += 16;
        n += 16;
        continue;
      }
      int k = __builtin_ctz((unsigned)m);
      i += (size_t)k;
      n += (size_t)k;
    }
#endif
    uint32_t b = s[i];
    if (n >= cap) return false;
    if (b < 0x80) {
      out[n++] = (JSChar)b;
      i++;
    } else if (b >= 0xC2 && b <= 0xDF) {
      if (i + 1 >= len || (s[i + 1] & 0xC0) != 0x80) return false;
      out[n++] = (JSChar)((b & 0x1F) << 6 | (s[i + 1] & 0x3F));
      i += 2;
    } else if ((b & 0xF0) == 0xE0) {
      if (i + 2 >= len || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80) return false;
      uint32_t cp = (b & 0x0F) << 12 | (s[i + 1] & 0x3Fu) << 6 | (s[i + 2] & 0x3F);
      if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
      out[n++] = (JSChar)cp;
      i += 3;
    } else if (b >= 0xF0 && b <= 0xF4) {
      if (i + 3 >= len || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 ||
          (s[i + 3] & 0xC0) != 0x80 || n + 2 > cap)
        return false;
      uint32_t cp = (b & 0x07) << 18 | (s[i + 1] & 0x3Fu) << 12 | (s[i + 2] & 0x3Fu) << 6 |
                    (s[i + 3] & 0x3F);
      if (cp < 0x10000 || cp > 0x10FFFF) return false;
      cp -= 0x10000;
      out[n++] = (JSChar)(0xD800 | (cp >> 10));
      out[n++] = (JSChar)(0xDC00 | (cp & 0x3FF));
      i += 4;
    } else {
      return false;
    }
  }
  return n == cap;
}

/* Valid UTF-8 of code points below 256 into exactly cap Latin-1 units;
 * false as utf8_to_utf16. */
static bool utf8_to_latin1(const uint8_t *s, size_t len, uint8_t *out, size_t cap) {
  size_t i = 0, n = 0;
  while (i < len) {
#if defined(__SSE2__)
    if (i + 16 <= len && n + 16 <= cap) {
      __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
      _mm_storeu_si128((__m128i *)(out + n), v);
      int m = _mm_movemask_epi8(v);
      if (m == 0) {
        i += 16;
        n += 16;
        continue;
      }
      int k = __builtin_ctz((unsigned)m);
      i += (size_t)k;
      n += (size_t)k;
    }
#endif
    uint8_t b = s[i];
    if (n >= cap) return false;
    if (b < 0x80) {
      out[n++] = b;
      i++;
    } else if ((b == 0xC2 || b == 0xC3) && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
      out[n++] = (uint8_t)((b & 0x03) << 6 | (s[i + 1] & 0x3F));
      i += 2;
    } else {
      return false;
    }
  }
  return n == cap;
}

/* UTF-8 straight into the engine's string: its length and width from one
 * read, the units from a second. Invalid input falls back to the general
 * decoder and a copy. */
static JSValueRef decode_utf8(JSContextRef ctx, const uint8_t *s, size_t len) {
  bool wide;
  size_t units = utf8_shape(s, len, &wide);
  nd_jsstr_t str;
  nd_jsstr_alloc(&str, units, wide);
  if (wide ? utf8_to_utf16(s, len, str.p16, units) : utf8_to_latin1(s, len, str.p8, units))
    return nd_jsstr_finish(ctx, &str);
  nd_jsstr_discard(&str);
  JSChar *u = alloc_units(len);
  JSValueRef v = nd_jsstr_copy16(ctx, u, utf8_decode(s, len, u));
  free(u);
  return v;
}

static size_t base64_encode(const uint8_t *s, size_t len, uint8_t *out, bool url) {
  const char *tab = url ? kB64Url : kB64;
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

#if defined(__SSE2__)
/* Sixteen nibbles to their hex digits: '0' + n, and 39 more past 9. */
static inline __m128i hex_digits(__m128i n) {
  __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(n, _mm_set1_epi8(9)), _mm_set1_epi8('a' - '0' - 10));
  return _mm_add_epi8(n, _mm_add_epi8(_mm_set1_epi8('0'), letter));
}
#endif

static void hex_encode(const uint8_t *s, size_t len, uint8_t *out) {
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i low4 = _mm_set1_epi8(0x0F);
  for (; i + 16 <= len; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
    __m128i hi = _mm_and_si128(_mm_srli_epi16(v, 4), low4), lo = _mm_and_si128(v, low4);
    _mm_storeu_si128((__m128i *)(out + 2 * i), hex_digits(_mm_unpacklo_epi8(hi, lo)));
    _mm_storeu_si128((__m128i *)(out + 2 * i + 16), hex_digits(_mm_unpackhi_epi8(hi, lo)));
  }
#endif
  for (; i < len; i++) {
    out[2 * i] = (uint8_t)kHexDigits[s[i] >> 4];
    out[2 * i + 1] = (uint8_t)kHexDigits[s[i] & 15];
  }
}

static size_t base64_encoded_length(size_t len, bool url) {
  if (!url) return (len + 2) / 3 * 4;
  return len / 3 * 4 + (len % 3 == 0 ? 0 : len % 3 + 1);
}

JSValueRef nd_text_decode_as(JSContextRef ctx, const uint8_t *s, size_t len, int enc) {
  nd_jsstr_t str;
  switch (enc) {
  case ND_ENC_UTF8:
    return decode_utf8(ctx, s, len);
  case ND_ENC_LATIN1:
    nd_jsstr_alloc(&str, len, false);
    if (len) memcpy(str.p8, s, len);
    break;
  case ND_ENC_ASCII:
    nd_jsstr_alloc(&str, len, false);
    for (size_t i = 0; i < len; i++) str.p8[i] = s[i] & 0x7F;
    break;
  case ND_ENC_UTF16LE:
    nd_jsstr_alloc(&str, len / 2, true);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (len / 2) memcpy(str.p16, s, len / 2 * sizeof(JSChar));
#else
    for (size_t i = 0; i < len / 2; i++) str.p16[i] = (JSChar)(s[2 * i] | s[2 * i + 1] << 8);
#endif
    break;
  case ND_ENC_HEX:
    nd_jsstr_alloc(&str, len * 2, false);
    hex_encode(s, len, str.p8);
    break;
  case ND_ENC_BASE64:
  case ND_ENC_BASE64URL: {
    bool url = enc == ND_ENC_BASE64URL;
    nd_jsstr_alloc(&str, base64_encoded_length(len, url), false);
    size_t n = base64_encode(s, len, str.p8, url);
    ND_CHECK(n == str.len);
    break;
  }
  default:
    return NULL;
  }
  return nd_jsstr_finish(ctx, &str);
}

JSValueRef nd_text_decode(JSContextRef ctx, const char *bytes, size_t len,
                          const char *encoding) {
  return nd_text_decode_as(ctx, (const uint8_t *)bytes, len, nd_enc_from_name(encoding));
}

/* The code point at u[*i] (a lone surrogate reads as U+FFFD); advances *i. */
static inline uint32_t next_cp(const JSChar *u, size_t n, size_t *i) {
  uint32_t c = u[(*i)++];
  if (c < 0xD800 || c > 0xDFFF) return c;
  if (c <= 0xDBFF && *i < n && u[*i] >= 0xDC00 && u[*i] <= 0xDFFF)
    return 0x10000 + ((c - 0xD800) << 10) + (u[(*i)++] - 0xDC00);
  return 0xFFFD;
}

size_t nd_text_write_utf8(const JSChar *u, size_t n, uint8_t *out, size_t cap, size_t *read) {
  size_t len = 0, i = 0;
  while (i < n) {
    if (u[i] < 0x80) {
      if (len >= cap) break;
      out[len++] = (uint8_t)u[i++];
      continue;
    }
    size_t at = i;
    uint32_t c = next_cp(u, n, &i);
    size_t w = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (len + w > cap) {
      i = at;
      break;
    }
    if (w == 2) {
      out[len++] = (uint8_t)(0xC0 | c >> 6);
    } else if (w == 3) {
      out[len++] = (uint8_t)(0xE0 | c >> 12);
      out[len++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    } else {
      out[len++] = (uint8_t)(0xF0 | c >> 18);
      out[len++] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
      out[len++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    }
    out[len++] = (uint8_t)(0x80 | (c & 0x3F));
  }
  if (read) *read = i;
  return len;
}

static size_t utf8_length(const JSChar *u, size_t n) {
  size_t len = 0, i = 0;
  while (i < n) {
    if (u[i] < 0x80) {
      len++;
      i++;
      continue;
    }
    uint32_t c = next_cp(u, n, &i);
    len += c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
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

static size_t base64_write(const JSChar *u, size_t n, uint8_t *out, size_t cap) {
  size_t len = 0;
  uint32_t acc = 0;
  int have = 0;
  for (size_t i = 0; i < n && u[i] != '=' && len < cap; i++) {
    int v = base64_value(u[i]);
    if (v < 0) continue;
    acc = acc << 6 | (uint32_t)v;
    if (++have == 4) {
      uint8_t b[3] = {(uint8_t)(acc >> 16), (uint8_t)(acc >> 8), (uint8_t)acc};
      for (int k = 0; k < 3 && len < cap; k++) out[len++] = b[k];
      acc = 0;
      have = 0;
    }
  }
  if (have == 2 && len < cap) {
    out[len++] = (uint8_t)(acc >> 4);
  } else if (have == 3) {
    if (len < cap) out[len++] = (uint8_t)(acc >> 10);
    if (len < cap) out[len++] = (uint8_t)(acc >> 2);
  }
  return len;
}

static size_t base64_length(const JSChar *u, size_t n) {
  size_t count = 0;
  for (size_t i = 0; i < n && u[i] != '='; i++)
    if (base64_value(u[i]) >= 0) count++;
  return count / 4 * 3 + (count % 4 == 2 ? 1 : count % 4 == 3 ? 2 : 0);
}

static size_t hex_write(const JSChar *u, size_t n, uint8_t *out, size_t cap) {
  size_t len = 0;
  for (size_t i = 0; i + 1 < n && len < cap; i += 2) {
    int hi = hex_value(u[i]), lo = hex_value(u[i + 1]);
    if (hi < 0 || lo < 0) break;
    out[len++] = (uint8_t)(hi << 4 | lo);
  }
  return len;
}

size_t nd_text_write(const JSChar *u, size_t n, int enc, uint8_t *out, size_t cap) {
  switch (enc) {
  case ND_ENC_UTF8:
    return nd_text_write_utf8(u, n, out, cap, NULL);
  case ND_ENC_LATIN1:
  case ND_ENC_ASCII: {
    size_t len = n < cap ? n : cap;
    for (size_t i = 0; i < len; i++) out[i] = (uint8_t)u[i];
    return len;
  }
  case ND_ENC_UTF16LE: {
    size_t units = n < cap / 2 ? n : cap / 2;
    for (size_t i = 0; i < units; i++) {
      out[2 * i] = (uint8_t)u[i];
      out[2 * i + 1] = (uint8_t)(u[i] >> 8);
    }
    return units * 2;
  }
  case ND_ENC_HEX:
    return hex_write(u, n, out, cap);
  case ND_ENC_BASE64:
  case ND_ENC_BASE64URL:
    return base64_write(u, n, out, cap);
  default:
    return 0;
  }
}

size_t nd_text_length(const JSChar *u, size_t n, int enc) {
  switch (enc) {
  case ND_ENC_UTF8:
    return utf8_length(u, n);
  case ND_ENC_LATIN1:
  case ND_ENC_ASCII:
    return n;
  case ND_ENC_UTF16LE:
    return n * 2;
  case ND_ENC_HEX: {
    size_t len = 0;
    for (size_t i = 0; i + 1 < n && hex_value(u[i]) >= 0 && hex_value(u[i + 1]) >= 0; i += 2)
      len++;
    return len;
  }
  case ND_ENC_BASE64:
  case ND_ENC_BASE64URL:
    return base64_length(u, n);
  default:
    return 0;
  }
}

int nd_text_encode(JSStringRef s, const char *encoding, char **out, size_t *outlen) {
  int enc = nd_enc_from_name(encoding);
  if (enc < 0) return -1;
  const JSChar *u = JSStringGetCharactersPtr(s);
  size_t n = JSStringGetLength(s);
  size_t cap = nd_text_length(u, n, enc);
  uint8_t *b = malloc(cap ? cap : 1);
  ND_CHECK(b);
  *outlen = nd_text_write(u, n, enc, b, cap);
  *out = (char *)b;
  return 0;
}

bool nd_text_is_ascii(const uint8_t *s, size_t len) {
  size_t i = 0;
  for (; i + 8 <= len; i += 8)
    if (load64(s + i) & 0x8080808080808080ull) return false;
  for (; i < len; i++)
    if (s[i] & 0x80) return false;
  return true;
}

bool nd_text_is_utf8(const uint8_t *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    while (i + 8 <= len && (load64(s + i) & 0x8080808080808080ull) == 0) i += 8;
    if (i >= len) break;
    uint8_t b = s[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    int need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    i++;
    for (int k = 0; k < need; k++, i++) {
      if (i >= len || s[i] < lo || s[i] > hi) return false;
      lo = 0x80;
      hi = 0xBF;
    }
  }
  return true;
}
