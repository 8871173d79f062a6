/* The public entry points: parse with a base, free, domainTo*. */
#include <stdlib.h>
#include <string.h>

#include "url/internal.h"

void nd_url_rec_free(nd_url_rec_t *u) {
  nd_ustr_free(&u->scheme);
  nd_ustr_free(&u->username);
  nd_ustr_free(&u->password);
  nd_ustr_free(&u->host);
  nd_ustr_free(&u->path);
  nd_ustr_free(&u->query);
  nd_ustr_free(&u->fragment);
}

void nd_url_rec_init(nd_url_rec_t *u, nd_url_scratch_t *scratch) {
  memset(u, 0, sizeof *u);
  nd_ustr_t *parts[7] = {&u->scheme, &u->username, &u->password, &u->host,
                         &u->path, &u->query, &u->fragment};
  for (int i = 0; i < 7; i++) nd_ustr_on(parts[i], scratch->b[i], sizeof scratch->b[i]);
}

void nd_url_free(nd_url_t *url) {
  free(url->href);
  url->href = NULL;
  url->len = 0;
}

int nd_url_parse(const char *input, size_t len, const char *base, size_t base_len, nd_url_t *out) {
  nd_url_rec_t b, u;
  nd_url_scratch_t bs, us;
  nd_url_rec_init(&u, &us);
  int rc = 0;
  if (base) {
    nd_url_rec_init(&b, &bs);
    rc = nd_url_basic_parse(base, base_len, NULL, &b, ND_ST_NONE);
    if (rc == ND_URL_EINVALID) rc = ND_URL_EBASE;
  }
  if (rc == 0) rc = nd_url_basic_parse(input, len, base ? &b : NULL, &u, ND_ST_NONE);
  if (rc == 0) rc = nd_url_serialize(&u, out);
  if (base) nd_url_rec_free(&b);
  nd_url_rec_free(&u);
  return rc;
}

/* The host a "ws://x" URL gets from the hostname setter, as Node does;
 * ND_URL_EINVALID when the setter refuses the value. */
static int host_of(const char *domain, size_t len, nd_url_t *u) {
  int rc = nd_url_parse("ws://x", 6, NULL, 0, u);
  if (rc < 0) return rc;
  rc = nd_url_set(u, ND_URL_SET_HOSTNAME, domain, len);
  if (rc < 0) nd_url_free(u);
  return rc;
}

static int finish(const char *p, size_t n, char **out, size_t *out_len) {
  char *s = malloc(n + 1);
  if (!s) return ND_URL_ENOMEM;
  if (n) memcpy(s, p, n);
  s[n] = 0;
  *out = s;
  *out_len = n;
  return 0;
}

int nd_url_domain_to_ascii(const char *domain, size_t len, char **out, size_t *out_len) {
  nd_url_t u = {0};
  int rc = host_of(domain, len, &u);
  if (rc == ND_URL_EINVALID) return finish("", 0, out, out_len);
  if (rc < 0) return rc;
  rc = finish(u.href + u.o.host_start, u.o.host_end - u.o.host_start, out, out_len);
  nd_url_free(&u);
  return rc;
}

int nd_url_domain_to_unicode(const char *domain, size_t len, char **out, size_t *out_len) {
  nd_url_t u = {0};
  int rc = host_of(domain, len, &u);
  if (rc == ND_URL_EINVALID) return finish("", 0, out, out_len);
  if (rc < 0) return rc;
  nd_ustr_t s = {0};
  rc = nd_url_idna_to_unicode(u.href + u.o.host_start, u.o.host_end - u.o.host_start, &s);
  nd_url_free(&u);
  if (rc == 0) rc = finish(s.p ? s.p : "", s.len, out, out_len);
  nd_ustr_free(&s);
  return rc;
}

int nd_url_to_ascii(const char *domain, size_t len, char **out, size_t *out_len) {
  nd_ustr_t s = {0}, fixed = {0};
  if (!nd_url_utf8_valid(domain, len)) {
    nd_url_utf8_sanitize(domain, len, &fixed);
    domain = fixed.p ? fixed.p : "";
    len = fixed.len;
  }
  int rc = fixed.oom ? ND_URL_ENOMEM : nd_url_domain_ascii(domain, len, &s);
  if (rc == 0) rc = finish(s.p ? s.p : "", s.len, out, out_len);
  else if (rc == ND_URL_EINVALID) rc = finish("", 0, out, out_len);
  nd_ustr_free(&s);
  nd_ustr_free(&fixed);
  return rc;
}
