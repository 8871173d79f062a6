/* IPv4 hosts: every number form the standard accepts (decimal, 0x hex,
 * leading-zero octal, 1 to 4 parts) and the dotted serialization. */
#include <stdio.h>

#include "url/internal.h"

#define TOO_BIG ((uint64_t)1 << 40) /* saturate: anything above fails */

/* An IPv4 number: 0 and *v, or -1. */
static int parse_number(const char *s, size_t n, uint64_t *v) {
  if (n == 0) return -1;
  unsigned radix = 10;
  if (n >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') {
    s += 2;
    n -= 2;
    radix = 16;
  } else if (n >= 2 && s[0] == '0') {
    s++;
    n--;
    radix = 8;
  }
  uint64_t acc = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned c = (unsigned char)s[i], d;
    if (nd_url_is_digit(c)) d = c - '0';
    else if (radix == 16 && nd_url_is_hex(c)) d = (c | 0x20) - 'a' + 10;
    else return -1;
    if (d >= radix) return -1;
    acc = acc * radix + d;
    if (acc > TOO_BIG) acc = TOO_BIG;
  }
  *v = acc;
  return 0;
}

bool nd_url_ends_in_number(const char *in, size_t n) {
  if (n && in[n - 1] == '.') {
    n--;
    if (n == 0) return false; /* the only part was empty: "." */
  }
  size_t start = n;
  while (start > 0 && in[start - 1] != '.') start--;
  const char *last = in + start;
  size_t len = n - start;
  if (len == 0) return false;
  size_t digits = 0;
  while (digits < len && nd_url_is_digit((unsigned char)last[digits])) digits++;
  if (digits == len) return true;
  uint64_t v;
  return parse_number(last, len, &v) == 0;
}

int nd_url_ipv4_parse(const char *in, size_t n, uint32_t *addr) {
  if (n && in[n - 1] == '.') {
    if (n == 1) return ND_URL_EINVALID;
    n--; /* a trailing dot is allowed once */
  }
  uint64_t nums[4];
  size_t count = 0, start = 0;
  for (size_t i = 0; i <= n; i++) {
    if (i < n && in[i] != '.') continue;
    if (count == 4) return ND_URL_EINVALID;
    if (parse_number(in + start, i - start, &nums[count]) < 0) return ND_URL_EINVALID;
    count++;
    start = i + 1;
  }
  for (size_t i = 0; i + 1 < count; i++)
    if (nums[i] > 255) return ND_URL_EINVALID;
  uint64_t last = nums[count - 1];
  if (last >= (uint64_t)1 << (8 * (5 - count))) return ND_URL_EINVALID;
  uint64_t v = last;
  for (size_t i = 0; i + 1 < count; i++) v += nums[i] << (8 * (3 - i));
  *addr = (uint32_t)v;
  return 0;
}

void nd_url_ipv4_serialize(uint32_t addr, nd_ustr_t *out) {
  char buf[16];
  int k = snprintf(buf, sizeof buf, "%u.%u.%u.%u", addr >> 24, addr >> 16 & 255, addr >> 8 & 255,
                   addr & 255);
  nd_ustr_append(out, buf, (size_t)k);
}
