/* UTF-8 validation and repair: the parser works on bytes and assumes valid
 * UTF-8, so input that is not gets its bad sequences replaced by U+FFFD
 * (the standard's "UTF-8 decode without BOM or fail" is not used: URLs
 * come from strings, where only lone surrogates can be bad). */
#include "url/internal.h"

/* Length of the valid sequence at s (1..4), or 0. */
static size_t seq_len(const uint8_t *s, size_t n) {
  uint8_t c = s[0];
  if (c < 0x80) return 1;
  if (c < 0xc2) return 0;
  if (c < 0xe0) return n >= 2 && (s[1] & 0xc0) == 0x80 ? 2 : 0;
  if (c < 0xf0) {
    if (n < 3 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80) return 0;
    if (c == 0xe0 && s[1] < 0xa0) return 0; /* overlong */
    if (c == 0xed && s[1] >= 0xa0) return 0; /* surrogate */
    return 3;
  }
  if (c < 0xf5) {
    if (n < 4 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80 || (s[3] & 0xc0) != 0x80) return 0;
    if (c == 0xf0 && s[1] < 0x90) return 0;
    if (c == 0xf4 && s[1] >= 0x90) return 0;
    return 4;
  }
  return 0;
}

bool nd_url_utf8_valid(const char *in, size_t n) {
  const uint8_t *s = (const uint8_t *)in;
  size_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    size_t k = seq_len(s + i, n - i);
    if (!k) return false;
    i += k;
  }
  return true;
}

/* WHATWG decoding: a maximal subpart of a bad sequence becomes one
 * U+FFFD. */
static size_t bad_len(const uint8_t *s, size_t n) {
  uint8_t c = s[0];
  size_t need = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 1;
  if (need == 1) return 1;
  uint8_t lo = 0x80, hi = 0xbf;
  if (c == 0xe0) lo = 0xa0;
  if (c == 0xed) hi = 0x9f;
  if (c == 0xf0) lo = 0x90;
  if (c == 0xf4) hi = 0x8f;
  size_t i = 1;
  if (i < n && s[i] >= lo && s[i] <= hi) {
    i++;
    while (i < need && i < n && (s[i] & 0xc0) == 0x80) i++;
  }
  return i;
}

void nd_url_utf8_sanitize(const char *in, size_t n, nd_ustr_t *out) {
  const uint8_t *s = (const uint8_t *)in;
  size_t i = 0;
  while (i < n) {
    size_t k = seq_len(s + i, n - i);
    if (k) {
      nd_ustr_append(out, in + i, k);
      i += k;
    } else {
      nd_ustr_append(out, "\xef\xbf\xbd", 3);
      i += bad_len(s + i, n - i);
    }
  }
}
