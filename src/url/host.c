/* The host parser: IPv6 in brackets, opaque hosts for non-special schemes,
 * and for special ones a domain (percent-decoded, through IDNA) that
 * becomes an IPv4 address when it ends in a number. */
#include <string.h>

#include "url/internal.h"

/* Bit 0: a forbidden host code point; bit 1: a forbidden domain one
 * (those, C0 controls, '%' and DEL). */
static const uint8_t kForbidden[128] = {
    ['\0'] = 3, [1] = 2, [2] = 2, [3] = 2, [4] = 2, [5] = 2, [6] = 2, [7] = 2, [8] = 2,
    ['\t'] = 3, ['\n'] = 3, [11] = 2, [12] = 2, ['\r'] = 3, [14] = 2, [15] = 2, [16] = 2,
    [17] = 2, [18] = 2, [19] = 2, [20] = 2, [21] = 2, [22] = 2, [23] = 2, [24] = 2, [25] = 2,
    [26] = 2, [27] = 2, [28] = 2, [29] = 2, [30] = 2, [31] = 2, [' '] = 3, ['#'] = 3,
    ['%'] = 2, ['/'] = 3, [':'] = 3, ['<'] = 3, ['>'] = 3, ['?'] = 3, ['@'] = 3, ['['] = 3,
    ['\\'] = 3, [']'] = 3, ['^'] = 3, ['|'] = 3, [0x7f] = 2,
};

static bool forbidden_host(unsigned char c) { return c < 0x80 && (kForbidden[c] & 1); }

static bool forbidden_domain(unsigned char c) { return c < 0x80 && (kForbidden[c] & 2); }

static int opaque_host(const char *in, size_t n, nd_ustr_t *out) {
  for (size_t i = 0; i < n; i++)
    if (forbidden_host((unsigned char)in[i])) return ND_URL_EINVALID;
  nd_pct_encode(out, in, n, ND_PCT_C0);
  return 0;
}

/* ASCII with no label starting "xn--": domain to ASCII is lowercasing. */
static bool plain_ascii(const char *s, size_t n) {
  bool label_start = true;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) return false;
    if (label_start && i + 3 < n && (c | 0x20) == 'x' && (s[i + 1] | 0x20) == 'n' &&
        s[i + 2] == '-' && s[i + 3] == '-')
      return false;
    label_start = c == '.';
  }
  return true;
}

int nd_url_domain_ascii(const char *in, size_t n, nd_ustr_t *out) {
  if (plain_ascii(in, n)) {
    if (!nd_ustr_reserve(out, n)) return ND_URL_ENOMEM;
    for (size_t i = 0; i < n; i++) out->p[i] = nd_url_lower(in[i]);
    out->len = n;
    out->p[n] = 0;
    return n ? 0 : ND_URL_EINVALID;
  }
  return nd_url_idna_to_ascii(in, n, out);
}

int nd_url_host_parse(const char *in, size_t n, bool special, nd_ustr_t *out, uint8_t *kind) {
  out->len = 0;
  if (n && in[0] == '[') {
    if (in[n - 1] != ']' || n < 2) return ND_URL_EINVALID;
    uint16_t addr[8];
    if (nd_url_ipv6_parse(in + 1, n - 2, addr) < 0) return ND_URL_EINVALID;
    nd_url_ipv6_serialize(addr, out);
    *kind = ND_HOST_IPV6;
    return out->oom ? ND_URL_ENOMEM : 0;
  }
  if (!special) {
    int rc = opaque_host(in, n, out);
    *kind = n ? ND_HOST_OPAQUE : ND_HOST_EMPTY;
    return rc < 0 ? rc : out->oom ? ND_URL_ENOMEM : 0;
  }
  nd_ustr_t decoded = {0}, fixed = {0};
  const char *d = in;
  size_t dn = n;
  if (memchr(in, '%', n)) {
    nd_pct_decode(&decoded, in, n);
    d = decoded.p ? decoded.p : "";
    dn = decoded.len;
    if (!nd_url_utf8_valid(d, dn)) {
      nd_url_utf8_sanitize(d, dn, &fixed);
      d = fixed.p ? fixed.p : "";
      dn = fixed.len;
    }
  }
  int rc = decoded.oom || fixed.oom ? ND_URL_ENOMEM : nd_url_domain_ascii(d, dn, out);
  nd_ustr_free(&decoded);
  nd_ustr_free(&fixed);
  if (rc < 0) return rc;
  if (out->oom) return ND_URL_ENOMEM;
  for (size_t i = 0; i < out->len; i++)
    if (forbidden_domain((unsigned char)out->p[i])) return ND_URL_EINVALID;
  if (nd_url_ends_in_number(out->p, out->len)) {
    uint32_t addr;
    if (nd_url_ipv4_parse(out->p, out->len, &addr) < 0) return ND_URL_EINVALID;
    out->len = 0;
    nd_url_ipv4_serialize(addr, out);
    *kind = ND_HOST_IPV4;
    return out->oom ? ND_URL_ENOMEM : 0;
  }
  *kind = ND_HOST_DOMAIN;
  return 0;
}
