/* WHATWG URL parser (https://url.spec.whatwg.org/), pure C: no engine
 * dependency, so it is unit-tested and fuzzed alone. A parsed URL is one
 * ASCII buffer (the serialized href) plus the offsets of its components,
 * so callers slice components without parsing again. */
#ifndef ND_URL_URL_H
#define ND_URL_URL_H

#include <stddef.h>
#include <stdint.h>

/* Errors are negative. */
enum {
  ND_URL_EINVALID = -1,  /* input is not a valid URL */
  ND_URL_EBASE = -2,     /* the base is not a valid URL */
  ND_URL_ENOMEM = -3,
  ND_URL_ETOOLONG = -4,  /* input or result over ND_URL_MAX_LEN */
};

#define ND_URL_MAX_LEN 0x7fffffffu
#define ND_URL_NONE 0xffffffffu /* an absent search/hash/port */

typedef enum {
  ND_SCHEME_OTHER = 0,
  ND_SCHEME_HTTP,
  ND_SCHEME_HTTPS,
  ND_SCHEME_WS,
  ND_SCHEME_WSS,
  ND_SCHEME_FTP,
  ND_SCHEME_FILE,
} nd_url_scheme_t;

typedef enum {
  ND_HOST_NULL = 0, /* no host at all: "mailto:x" */
  ND_HOST_EMPTY,    /* the empty host: "file:///x" */
  ND_HOST_DOMAIN,
  ND_HOST_IPV4,
  ND_HOST_IPV6,
  ND_HOST_OPAQUE,
} nd_url_host_kind_t;

/* Offsets into href. protocol is href[0, protocol_end) including ':';
 * username/password/host are [start, end) ranges (empty when absent);
 * pathname runs from pathname_start to search_start, hash_start or the
 * end; search_start/hash_start point at '?'/'#' or are ND_URL_NONE. */
typedef struct {
  uint32_t protocol_end;
  uint32_t username_start, username_end;
  uint32_t password_start, password_end;
  uint32_t host_start, host_end;
  uint32_t port; /* the number, or ND_URL_NONE */
  uint32_t pathname_start;
  uint32_t search_start;
  uint32_t hash_start;
  uint8_t scheme;    /* nd_url_scheme_t */
  uint8_t host_kind; /* nd_url_host_kind_t */
  uint8_t opaque_path;
} nd_url_offsets_t;

typedef struct {
  char *href; /* malloc'd, NUL-terminated */
  uint32_t len;
  nd_url_offsets_t o;
} nd_url_t;

/* Setters, in the order of the URL API. */
typedef enum {
  ND_URL_SET_HREF = 0,
  ND_URL_SET_PROTOCOL,
  ND_URL_SET_USERNAME,
  ND_URL_SET_PASSWORD,
  ND_URL_SET_HOST,
  ND_URL_SET_HOSTNAME,
  ND_URL_SET_PORT,
  ND_URL_SET_PATHNAME,
  ND_URL_SET_SEARCH,
  ND_URL_SET_HASH,
} nd_url_setter_t;

/* Parses input (UTF-8; invalid sequences count as U+FFFD) against an
 * optional base (NULL for none). On success *out holds a new href that the
 * caller frees with nd_url_free. */
int nd_url_parse(const char *input, size_t len, const char *base, size_t base_len,
                 nd_url_t *out);
/* Applies a URL API setter to *url in place (its href is replaced).
 * ND_URL_EINVALID says the value was refused: the URL API ignores that
 * (only the href setter throws) and *url is still valid, though a setter
 * may have applied part of the value first, as the standard does (a host
 * setter's "h:bad" sets the host, not the port). */
int nd_url_set(nd_url_t *url, nd_url_setter_t which, const char *value, size_t len);
void nd_url_free(nd_url_t *url);

/* Node's url.domainToASCII / domainToUnicode: the host a special URL
 * would get for `domain`, or "" when it is not a valid host. *out is
 * malloc'd and NUL-terminated. */
int nd_url_domain_to_ascii(const char *domain, size_t len, char **out, size_t *out_len);
int nd_url_domain_to_unicode(const char *domain, size_t len, char **out, size_t *out_len);

/* Domain to ASCII alone, without the host checks around it (the legacy
 * url.parse uses it): "" when IDNA refuses the domain. */
int nd_url_to_ascii(const char *domain, size_t len, char **out, size_t *out_len);

#endif
