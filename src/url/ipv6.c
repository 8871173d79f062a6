/* IPv6 hosts: the standard's parser (with "::" compression and an embedded
 * IPv4 tail) and its serializer (lowercase hex, the first longest run of
 * two or more zero pieces compressed). */
#include "url/internal.h"

static unsigned hexval(unsigned c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

int nd_url_ipv6_parse(const char *in, size_t n, uint16_t addr[8]) {
  const unsigned char *s = (const unsigned char *)in;
  for (int k = 0; k < 8; k++) addr[k] = 0;
  int piece = 0, compress = -1;
  size_t p = 0;
#define C (p < n ? s[p] : 0u)
#define AT_END (p >= n)
  if (!AT_END && C == ':') {
    if (p + 1 >= n || s[p + 1] != ':') return ND_URL_EINVALID;
    p += 2;
    compress = ++piece;
  }
  while (!AT_END) {
    if (piece == 8) return ND_URL_EINVALID;
    if (C == ':') {
      if (compress != -1) return ND_URL_EINVALID;
      p++;
      compress = ++piece;
      continue;
    }
    unsigned value = 0, length = 0;
    while (length < 4 && !AT_END && nd_url_is_hex(C)) {
      value = value * 16 + hexval(C);
      p++;
      length++;
    }
    if (!AT_END && C == '.') {
      if (length == 0) return ND_URL_EINVALID;
      p -= length;
      if (piece > 6) return ND_URL_EINVALID;
      int seen = 0;
      while (!AT_END) {
        int v4 = -1;
        if (seen > 0) {
          if (C == '.' && seen < 4) p++;
          else return ND_URL_EINVALID;
        }
        if (AT_END || !nd_url_is_digit(C)) return ND_URL_EINVALID;
        while (!AT_END && nd_url_is_digit(C)) {
          int number = (int)(C - '0');
          if (v4 == -1) v4 = number;
          else if (v4 == 0) return ND_URL_EINVALID;
          else v4 = v4 * 10 + number;
          if (v4 > 255) return ND_URL_EINVALID;
          p++;
        }
        addr[piece] = (uint16_t)(addr[piece] * 0x100 + v4);
        seen++;
        if (seen == 2 || seen == 4) piece++;
      }
      if (seen != 4) return ND_URL_EINVALID;
      break;
    } else if (!AT_END && C == ':') {
      p++;
      if (AT_END) return ND_URL_EINVALID;
    } else if (!AT_END) {
      return ND_URL_EINVALID;
    }
    addr[piece++] = (uint16_t)value;
  }
#undef C
#undef AT_END
  if (compress != -1) {
    int swaps = piece - compress;
    piece = 7;
    while (piece != 0 && swaps > 0) {
      uint16_t t = addr[piece];
      addr[piece] = addr[compress + swaps - 1];
      addr[compress + swaps - 1] = t;
      piece--;
      swaps--;
    }
  } else if (piece != 8) {
    return ND_URL_EINVALID;
  }
  return 0;
}

void nd_url_ipv6_serialize(const uint16_t addr[8], nd_ustr_t *out) {
  /* the first longest run of zero pieces, if at least two long */
  int best = -1, best_len = 1;
  for (int i = 0; i < 8;) {
    if (addr[i] != 0) {
      i++;
      continue;
    }
    int j = i;
    while (j < 8 && addr[j] == 0) j++;
    if (j - i > best_len) {
      best = i;
      best_len = j - i;
    }
    i = j;
  }
  static const char hex[] = "0123456789abcdef";
  nd_ustr_push(out, '[');
  bool ignore0 = false;
  for (int i = 0; i < 8; i++) {
    if (ignore0 && addr[i] == 0) continue;
    ignore0 = false;
    if (i == best) {
      nd_ustr_append(out, i == 0 ? "::" : ":", i == 0 ? 2 : 1);
      ignore0 = true;
      continue;
    }
    char buf[4];
    int k = 0;
    bool started = false;
    for (int sh = 12; sh >= 0; sh -= 4) {
      unsigned d = addr[i] >> sh & 15;
      if (d || started || sh == 0) {
        buf[k++] = hex[d];
        started = true;
      }
    }
    nd_ustr_append(out, buf, (size_t)k);
    if (i != 7) nd_ustr_push(out, ':');
  }
  nd_ustr_push(out, ']');
}
