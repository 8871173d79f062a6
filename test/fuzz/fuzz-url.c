/* libFuzzer target for src/url. The input is "url\0base\0setter-value"
 * (missing parts are left out); besides not crashing, every result must be
 * a fixed point: parsing an href again gives the same href, and offsets
 * stay inside it; a setter gives the same URL whether it cuts the href
 * along its offsets or parses it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "url/url.h"

static void check_url(const nd_url_t *u) {
  const nd_url_offsets_t *o = &u->o;
  if (strlen(u->href) != u->len) abort();
  if (o->protocol_end == 0 || o->protocol_end > u->len || u->href[o->protocol_end - 1] != ':') abort();
  if (o->host_start > o->host_end || o->host_end > o->pathname_start || o->pathname_start > u->len) abort();
  if (o->search_start != ND_URL_NONE && (o->search_start > u->len || u->href[o->search_start] != '?')) abort();
  if (o->hash_start != ND_URL_NONE && (o->hash_start > u->len || u->href[o->hash_start] != '#')) abort();
  for (uint32_t i = 0; i < u->len; i++)
    if ((unsigned char)u->href[i] >= 0x80 || (unsigned char)u->href[i] < 0x20) abort();
  nd_url_t again = {0};
  if (nd_url_parse(u->href, u->len, NULL, 0, &again) != 0) abort();
  if (again.len != u->len || memcmp(again.href, u->href, u->len) != 0) abort();
  if (memcmp(&again.o, &u->o, sizeof again.o) != 0) abort();
  nd_url_free(&again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  const char *end = s + size;
  const char *z1 = memchr(s, 0, size);
  const char *in = s;
  size_t in_len = z1 ? (size_t)(z1 - s) : size;
  const char *base = NULL, *value = NULL;
  size_t base_len = 0, value_len = 0;
  if (z1) {
    base = z1 + 1;
    const char *z2 = memchr(base, 0, (size_t)(end - base));
    base_len = z2 ? (size_t)(z2 - base) : (size_t)(end - base);
    if (z2) {
      value = z2 + 1;
      value_len = (size_t)(end - value);
    }
  }
  nd_url_t u = {0};
  if (nd_url_parse(in, in_len, base, base_len, &u) == 0) {
    check_url(&u);
    if (value) {
      /* the setter is picked by the value's length; it cuts the href along
       * its offsets, and must do what parsing the href again would (the
       * copy's offsets do not fit, so it is parsed) */
      nd_url_setter_t which = (nd_url_setter_t)(value_len % 10);
      nd_url_t again = {0};
      if (nd_url_parse(u.href, u.len, NULL, 0, &again) != 0) abort();
      if (which != ND_URL_SET_HREF) again.o.protocol_end = 0;
      int rc = nd_url_set(&u, which, value, value_len);
      check_url(&u);
      if (nd_url_set(&again, which, value, value_len) != rc) abort();
      if (again.len != u.len || memcmp(again.href, u.href, u.len) != 0) abort();
      if (memcmp(&again.o, &u.o, sizeof u.o) != 0) abort();
      nd_url_free(&again);
    }
    nd_url_free(&u);
  }
  char *out;
  size_t n;
  if (nd_url_domain_to_ascii(in, in_len, &out, &n) == 0) free(out);
  if (nd_url_domain_to_unicode(in, in_len, &out, &n) == 0) free(out);
  if (nd_url_to_ascii(in, in_len, &out, &n) == 0) free(out);
  return 0;
}
