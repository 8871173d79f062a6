/* What the files of src/url share: a growable byte string, the URL record
 * the state machine fills, and the helpers each file provides. */
#ifndef ND_URL_INTERNAL_H
#define ND_URL_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "url/url.h"

/* A growable byte string; `oom` sticks once an allocation failed so
 * callers check once at the end. */
typedef struct {
  char *p;
  size_t len, cap;
  bool oom;
  bool heap; /* p is malloc'd (else it is caller storage, or NULL) */
} nd_ustr_t;

/* Starts s on caller storage (typically the stack): most URL components
 * fit, so a parse needs no allocation until the href itself. */
static inline void nd_ustr_on(nd_ustr_t *s, char *storage, size_t cap) {
  s->p = storage;
  s->len = 0;
  s->cap = cap;
  s->oom = false;
  s->heap = false;
  storage[0] = 0;
}

void nd_ustr_free(nd_ustr_t *s);
/* The slow half of nd_ustr_reserve: grows the storage. */
bool nd__ustr_grow(nd_ustr_t *s, size_t extra);
/* Room for `extra` more bytes and the NUL (inline: the parser appends
 * small pieces often, and they usually fit). */
static inline bool nd_ustr_reserve(nd_ustr_t *s, size_t extra) {
  if (!s->oom && extra < s->cap && s->len + extra + 1 <= s->cap) return true;
  return nd__ustr_grow(s, extra);
}
static inline void nd_ustr_push(nd_ustr_t *s, char c) {
  if (!nd_ustr_reserve(s, 1)) return;
  s->p[s->len++] = c;
  s->p[s->len] = 0;
}
void nd_ustr_append(nd_ustr_t *s, const char *p, size_t n);
void nd_ustr_set(nd_ustr_t *s, const char *p, size_t n);
static inline void nd_ustr_clear(nd_ustr_t *s) { s->len = 0; }

/* The URL record of the standard. The path is kept serialized: each
 * segment prefixed by '/', so popping a segment truncates at the last '/';
 * an opaque path is kept as is. */
typedef struct {
  nd_ustr_t scheme; /* without ':' */
  nd_ustr_t username, password;
  nd_ustr_t host; /* serialized: IPv6 with brackets */
  nd_ustr_t path;
  nd_ustr_t query, fragment;
  int32_t port; /* -1 = null */
  uint8_t scheme_type;
  uint8_t host_kind;
  bool opaque_path;
  bool has_query, has_fragment;
  size_t path_segments; /* count, for the "/." rule and file drive letters */
} nd_url_rec_t;

void nd_url_rec_free(nd_url_rec_t *u);
/* Storage for the strings of one record. */
typedef struct {
  char b[7][64];
} nd_url_scratch_t;
void nd_url_rec_init(nd_url_rec_t *u, nd_url_scratch_t *scratch);

/* The basic URL parser. `state` is 0 for a plain parse, otherwise the
 * state override of a setter (ND_ST_* below); url is filled in place. */
enum {
  ND_ST_NONE = 0,
  ND_ST_SCHEME_START,
  ND_ST_HOST,
  ND_ST_HOSTNAME,
  ND_ST_PORT,
  ND_ST_PATH_START,
  ND_ST_QUERY,
  ND_ST_FRAGMENT,
};
int nd_url_basic_parse(const char *in, size_t len, const nd_url_rec_t *base, nd_url_rec_t *url,
                       int state_override);
int nd_url_serialize(const nd_url_rec_t *u, nd_url_t *out);

/* schemes */
nd_url_scheme_t nd_url_scheme_type(const char *s, size_t n);
int32_t nd_url_default_port(int scheme_type); /* -1 when none */

/* percent-encoding */
typedef enum {
  ND_PCT_C0 = 0,
  ND_PCT_FRAGMENT,
  ND_PCT_QUERY,
  ND_PCT_SPECIAL_QUERY,
  ND_PCT_PATH,
  ND_PCT_USERINFO,
  ND_PCT_COMPONENT,
  ND_PCT_FORM,
  ND_PCT_COUNT,
} nd_pct_set_t;
bool nd_pct_in_set(nd_pct_set_t set, uint8_t c);
/* Appends bytes, percent-encoding those in set (every byte >= 0x80 is). */
void nd_pct_encode(nd_ustr_t *out, const char *p, size_t n, nd_pct_set_t set);
/* Percent-decodes bytes; a '%' not followed by two hex digits stays. */
void nd_pct_decode(nd_ustr_t *out, const char *p, size_t n);

/* hosts: `special` picks domain parsing over opaque hosts; on success
 * out holds the serialized host and *kind its kind. */
int nd_url_host_parse(const char *in, size_t n, bool special, nd_ustr_t *out, uint8_t *kind);
/* 1 when in is an IPv4 address by the ends-in-a-number rule. */
bool nd_url_ends_in_number(const char *in, size_t n);
int nd_url_ipv4_parse(const char *in, size_t n, uint32_t *addr);
void nd_url_ipv4_serialize(uint32_t addr, nd_ustr_t *out);
int nd_url_ipv6_parse(const char *in, size_t n, uint16_t addr[8]);
void nd_url_ipv6_serialize(const uint16_t addr[8], nd_ustr_t *out);

/* The standard's "domain to ASCII" (lowercasing when IDNA has nothing to do). */
int nd_url_domain_ascii(const char *in, size_t n, nd_ustr_t *out);
/* IDNA (UTS #46 with the URL standard's flags), over valid UTF-8. */
int nd_url_idna_to_ascii(const char *in, size_t n, nd_ustr_t *out);
int nd_url_idna_to_unicode(const char *in, size_t n, nd_ustr_t *out);

/* UTF-8: copies `in` to out with every invalid sequence as U+FFFD. */
void nd_url_utf8_sanitize(const char *in, size_t n, nd_ustr_t *out);
bool nd_url_utf8_valid(const char *in, size_t n);

static inline bool nd_url_is_alpha(unsigned c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static inline bool nd_url_is_digit(unsigned c) { return c >= '0' && c <= '9'; }
static inline bool nd_url_is_hex(unsigned c) {
  return nd_url_is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
static inline char nd_url_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }

#endif
