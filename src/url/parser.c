/* The basic URL parser: the standard's state machine, over UTF-8 bytes.
 * Every character the machine branches on is ASCII, so a multi-byte
 * character only ever gets appended (and percent-encoded byte by byte,
 * which is what UTF-8 percent-encoding a code point produces). */
#include <string.h>

#include "url/internal.h"

enum {
  S_SCHEME_START = ND_ST_SCHEME_START,
  S_HOST = ND_ST_HOST,
  S_HOSTNAME = ND_ST_HOSTNAME,
  S_PORT = ND_ST_PORT,
  S_PATH_START = ND_ST_PATH_START,
  S_QUERY = ND_ST_QUERY,
  S_FRAGMENT = ND_ST_FRAGMENT,
  S_SCHEME = 100,
  S_NO_SCHEME,
  S_SPECIAL_RELATIVE_OR_AUTHORITY,
  S_PATH_OR_AUTHORITY,
  S_RELATIVE,
  S_RELATIVE_SLASH,
  S_SPECIAL_AUTHORITY_SLASHES,
  S_SPECIAL_AUTHORITY_IGNORE_SLASHES,
  S_AUTHORITY,
  S_FILE,
  S_FILE_SLASH,
  S_FILE_HOST,
  S_PATH,
  S_OPAQUE_PATH,
};

#define EOF_C (-1)

static bool is_special(const nd_url_rec_t *u) { return u->scheme_type != ND_SCHEME_OTHER; }

static bool is_scheme_char(int c) {
  return nd_url_is_alpha((unsigned)c) || nd_url_is_digit((unsigned)c) || c == '+' || c == '-' ||
         c == '.';
}

/* '@' too: the characters the authority and host states stop at */
static bool ends_authority(char c, bool special) {
  return c == '@' || c == '/' || c == '?' || c == '#' || (special && c == '\\');
}

static bool includes_credentials(const nd_url_rec_t *u) {
  return u->username.len > 0 || u->password.len > 0;
}

static bool is_drive_letter(const char *s, size_t n) {
  return n == 2 && nd_url_is_alpha((unsigned char)s[0]) && (s[1] == ':' || s[1] == '|');
}

/* "starts with a Windows drive letter" */
static bool starts_with_drive(const char *s, size_t n) {
  if (n < 2 || !is_drive_letter(s, 2)) return false;
  if (n == 2) return true;
  char c = s[2];
  return c == '/' || c == '\\' || c == '?' || c == '#';
}

/* Is the first path segment a normalized drive letter ("/C:")? */
static bool first_segment_is_drive(const nd_url_rec_t *u) {
  const char *p = u->path.p;
  return u->path_segments >= 1 && u->path.len >= 3 && nd_url_is_alpha((unsigned char)p[1]) &&
         p[2] == ':' && (u->path.len == 3 || p[3] == '/');
}

static void path_push(nd_url_rec_t *u, const char *seg, size_t n) {
  nd_ustr_push(&u->path, '/');
  nd_ustr_append(&u->path, seg, n);
  u->path_segments++;
}

static void shorten_path(nd_url_rec_t *u) {
  if (u->scheme_type == ND_SCHEME_FILE && u->path_segments == 1 && first_segment_is_drive(u)) return;
  if (u->path_segments == 0) return;
  size_t i = u->path.len;
  while (i > 0 && u->path.p[i - 1] != '/') i--;
  u->path.len = i ? i - 1 : 0;
  if (u->path.p) u->path.p[u->path.len] = 0;
  u->path_segments--;
}

static bool ieq(const char *s, const char *lit, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (nd_url_lower(s[i]) != lit[i]) return false;
  return true;
}

static bool single_dot(const char *s, size_t n) {
  return (n == 1 && s[0] == '.') || (n == 3 && ieq(s, "%2e", 3));
}

static bool double_dot(const char *s, size_t n) {
  switch (n) {
  case 2: return s[0] == '.' && s[1] == '.';
  case 4: return (s[0] == '.' && ieq(s + 1, "%2e", 3)) || (ieq(s, "%2e", 3) && s[3] == '.');
  case 6: return ieq(s, "%2e%2e", 6);
  default: return false;
  }
}

static void copy_authority(nd_url_rec_t *u, const nd_url_rec_t *b) {
  nd_ustr_set(&u->username, b->username.p, b->username.len);
  nd_ustr_set(&u->password, b->password.p, b->password.len);
  nd_ustr_set(&u->host, b->host.p, b->host.len);
  u->host_kind = b->host_kind;
  u->port = b->port;
}

static void copy_path(nd_url_rec_t *u, const nd_url_rec_t *b) {
  nd_ustr_set(&u->path, b->path.p, b->path.len);
  u->path_segments = b->path_segments;
  u->opaque_path = b->opaque_path;
}

static void copy_query(nd_url_rec_t *u, const nd_url_rec_t *b) {
  nd_ustr_set(&u->query, b->query.p, b->query.len);
  u->has_query = b->has_query;
}

static void start_query(nd_url_rec_t *u) {
  u->query.len = 0;
  u->has_query = true;
}

static void start_fragment(nd_url_rec_t *u) {
  u->fragment.len = 0;
  u->has_fragment = true;
}

static bool set_scheme(nd_url_rec_t *u, const char *s, size_t n) {
  nd_ustr_set(&u->scheme, s, n);
  u->scheme_type = (uint8_t)nd_url_scheme_type(s, n);
  return !u->scheme.oom;
}

/* Tabs and newlines are removed; without a state override, leading and
 * trailing C0 controls and spaces too; bad UTF-8 becomes U+FFFD. Returns
 * the bytes to parse: `in` itself when nothing changes. */
static const char *preprocess(const char *in, size_t *len, bool trim, nd_ustr_t *tmp) {
  size_t n = *len;
  if (trim) {
    while (n && (unsigned char)in[0] <= 0x20) {
      in++;
      n--;
    }
    while (n && (unsigned char)in[n - 1] <= 0x20) n--;
  }
  bool clean = true;
  unsigned char high = 0; /* the OR of every byte: ASCII when < 0x80 */
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)in[i];
    high |= c;
    if (c <= '\r' && (c == '\t' || c == '\n' || c == '\r')) clean = false;
  }
  bool valid = high < 0x80 || nd_url_utf8_valid(in, n);
  if (clean && valid) {
    *len = n;
    return in;
  }
  nd_ustr_t stripped = {0};
  const char *s = in;
  if (!clean) {
    if (!nd_ustr_reserve(&stripped, n)) return NULL;
    for (size_t i = 0; i < n; i++)
      if (in[i] != '\t' && in[i] != '\n' && in[i] != '\r') stripped.p[stripped.len++] = in[i];
    s = stripped.p;
    n = stripped.len;
  }
  tmp->len = 0;
  if (valid) nd_ustr_append(tmp, s, n);
  else nd_url_utf8_sanitize(s, n, tmp);
  nd_ustr_free(&stripped);
  if (tmp->oom) return NULL;
  *len = tmp->len;
  return tmp->p ? tmp->p : "";
}

typedef struct {
  const char *s;
  ptrdiff_t n;
  ptrdiff_t p;
  nd_url_rec_t *url;
  const nd_url_rec_t *base;
  int override;
  nd_ustr_t buf;
  nd_ustr_t host;
  bool at_seen, inside_brackets, password_seen;
} parser_t;

static int cur(const parser_t *ps) {
  return ps->p >= 0 && ps->p < ps->n ? (unsigned char)ps->s[ps->p] : EOF_C;
}

/* "remaining starts with c" */
static bool next_is(const parser_t *ps, char c) { return ps->p + 1 < ps->n && ps->s[ps->p + 1] == c; }

static int parse_host_into(parser_t *ps, bool special) {
  uint8_t kind;
  int rc = nd_url_host_parse(ps->buf.p ? ps->buf.p : "", ps->buf.len, special, &ps->host, &kind);
  if (rc < 0) return rc;
  nd_ustr_set(&ps->url->host, ps->host.p, ps->host.len);
  ps->url->host_kind = kind;
  return 0;
}

/* Runs the machine. Returns 0, ND_URL_EINVALID or ND_URL_ENOMEM; a state
 * override's early "return" is 0. */
static int run(parser_t *ps, int state) {
  nd_url_rec_t *url = ps->url;
  const nd_url_rec_t *base = ps->base;
  nd_ustr_t *buf = &ps->buf;
  const char *s = ps->s;
  for (;; ps->p++) {
    int c = cur(ps);
    switch (state) {
    case S_SCHEME_START:
      if (c != EOF_C && nd_url_is_alpha((unsigned)c)) {
        nd_ustr_push(buf, nd_url_lower((char)c));
        state = S_SCHEME;
      } else if (!ps->override) {
        state = S_NO_SCHEME;
        ps->p--;
      } else {
        return ND_URL_EINVALID;
      }
      break;

    case S_SCHEME:
      if (c != EOF_C && is_scheme_char(c)) {
        /* the whole run at once */
        ptrdiff_t j = ps->p;
        while (j < ps->n && is_scheme_char((unsigned char)s[j])) j++;
        if (!nd_ustr_reserve(buf, (size_t)(j - ps->p))) return ND_URL_ENOMEM;
        for (ptrdiff_t k = ps->p; k < j; k++) buf->p[buf->len++] = nd_url_lower(s[k]);
        buf->p[buf->len] = 0;
        ps->p = j - 1;
      } else if (c == ':') {
        if (ps->override) {
          bool buf_special = nd_url_scheme_type(buf->p, buf->len) != ND_SCHEME_OTHER;
          if (is_special(url) != buf_special) return 0;
          if ((includes_credentials(url) || url->port >= 0) && buf->len == 4 &&
              memcmp(buf->p, "file", 4) == 0)
            return 0;
          if (url->scheme_type == ND_SCHEME_FILE && url->host_kind == ND_HOST_EMPTY) return 0;
        }
        if (!set_scheme(url, buf->p, buf->len)) return ND_URL_ENOMEM;
        if (ps->override) {
          if (url->port >= 0 && url->port == nd_url_default_port(url->scheme_type)) url->port = -1;
          return 0;
        }
        nd_ustr_clear(buf);
        if (url->scheme_type == ND_SCHEME_FILE) {
          state = S_FILE;
        } else if (is_special(url) && base && base->scheme_type == url->scheme_type) {
          state = S_SPECIAL_RELATIVE_OR_AUTHORITY;
        } else if (is_special(url)) {
          state = S_SPECIAL_AUTHORITY_SLASHES;
        } else if (next_is(ps, '/')) {
          state = S_PATH_OR_AUTHORITY;
          ps->p++;
        } else {
          url->opaque_path = true;
          url->path.len = 0;
          state = S_OPAQUE_PATH;
        }
      } else if (!ps->override) {
        nd_ustr_clear(buf);
        state = S_NO_SCHEME;
        ps->p = -1;
      } else {
        return ND_URL_EINVALID;
      }
      break;

    case S_NO_SCHEME:
      if (!base || (base->opaque_path && c != '#')) return ND_URL_EINVALID;
      if (base->opaque_path && c == '#') {
        set_scheme(url, base->scheme.p, base->scheme.len);
        copy_path(url, base);
        copy_query(url, base);
        start_fragment(url);
        state = S_FRAGMENT;
      } else if (base->scheme_type != ND_SCHEME_FILE) {
        state = S_RELATIVE;
        ps->p--;
      } else {
        state = S_FILE;
        ps->p--;
      }
      break;

    case S_SPECIAL_RELATIVE_OR_AUTHORITY:
      if (c == '/' && next_is(ps, '/')) {
        state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        ps->p++;
      } else {
        state = S_RELATIVE;
        ps->p--;
      }
      break;

    case S_PATH_OR_AUTHORITY:
      if (c == '/') {
        state = S_AUTHORITY;
      } else {
        state = S_PATH;
        ps->p--;
      }
      break;

    case S_RELATIVE:
      set_scheme(url, base->scheme.p, base->scheme.len);
      if (c == '/' || (is_special(url) && c == '\\')) {
        state = S_RELATIVE_SLASH;
      } else {
        copy_authority(url, base);
        copy_path(url, base);
        copy_query(url, base);
        if (c == '?') {
          start_query(url);
          state = S_QUERY;
        } else if (c == '#') {
          start_fragment(url);
          state = S_FRAGMENT;
        } else if (c != EOF_C) {
          url->has_query = false;
          url->query.len = 0;
          shorten_path(url);
          state = S_PATH;
          ps->p--;
        }
      }
      break;

    case S_RELATIVE_SLASH:
      if (is_special(url) && (c == '/' || c == '\\')) {
        state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
      } else if (c == '/') {
        state = S_AUTHORITY;
      } else {
        copy_authority(url, base);
        state = S_PATH;
        ps->p--;
      }
      break;

    case S_SPECIAL_AUTHORITY_SLASHES:
      state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
      if (c == '/' && next_is(ps, '/')) ps->p++;
      else ps->p--;
      break;

    case S_SPECIAL_AUTHORITY_IGNORE_SLASHES:
      if (c != '/' && c != '\\') {
        state = S_AUTHORITY;
        ps->p--;
      }
      break;

    case S_AUTHORITY:
      if (c == '@') {
        if (ps->at_seen) {
          /* the earlier '@' was part of the userinfo */
          nd_ustr_t *dst = ps->password_seen ? &url->password : &url->username;
          nd_ustr_append(dst, "%40", 3);
        }
        ps->at_seen = true;
        for (size_t i = 0; i < buf->len; i++) {
          if (buf->p[i] == ':' && !ps->password_seen) {
            ps->password_seen = true;
            continue;
          }
          size_t j = i;
          while (j < buf->len && (buf->p[j] != ':' || ps->password_seen)) j++;
          nd_pct_encode(ps->password_seen ? &url->password : &url->username, buf->p + i, j - i,
                        ND_PCT_USERINFO);
          i = j - 1;
        }
        nd_ustr_clear(buf);
      } else if (c == EOF_C || c == '/' || c == '?' || c == '#' || (is_special(url) && c == '\\')) {
        if (ps->at_seen && buf->len == 0) return ND_URL_EINVALID;
        ps->p -= (ptrdiff_t)buf->len + 1;
        nd_ustr_clear(buf);
        state = S_HOST;
      } else {
        ptrdiff_t j = ps->p;
        bool special = is_special(url);
        while (j < ps->n && !ends_authority(s[j], special)) j++;
        nd_ustr_append(buf, s + ps->p, (size_t)(j - ps->p));
        ps->p = j - 1;
      }
      break;

    case S_HOST:
    case S_HOSTNAME:
      if (ps->override && url->scheme_type == ND_SCHEME_FILE) {
        ps->p--;
        state = S_FILE_HOST;
      } else if (c == ':' && !ps->inside_brackets) {
        if (buf->len == 0) return ND_URL_EINVALID;
        if (ps->override == S_HOSTNAME) return ND_URL_EINVALID;
        int rc = parse_host_into(ps, is_special(url));
        if (rc < 0) return rc;
        nd_ustr_clear(buf);
        state = S_PORT;
      } else if (c == EOF_C || c == '/' || c == '?' || c == '#' || (is_special(url) && c == '\\')) {
        ps->p--;
        if (is_special(url) && buf->len == 0) return ND_URL_EINVALID;
        if (ps->override && buf->len == 0 && (includes_credentials(url) || url->port >= 0))
          return ND_URL_EINVALID;
        int rc = parse_host_into(ps, is_special(url));
        if (rc < 0) return rc;
        nd_ustr_clear(buf);
        state = S_PATH_START;
        if (ps->override) return 0;
      } else if (c == '[' || c == ']') {
        ps->inside_brackets = c == '[';
        nd_ustr_push(buf, (char)c);
      } else {
        ptrdiff_t j = ps->p + 1; /* c itself may be a ':' inside brackets */
        bool special = is_special(url);
        while (j < ps->n && !ends_authority(s[j], special) && s[j] != ':' && s[j] != '[' && s[j] != ']') j++;
        nd_ustr_append(buf, s + ps->p, (size_t)(j - ps->p));
        ps->p = j - 1;
      }
      break;

    case S_PORT:
      if (c != EOF_C && nd_url_is_digit((unsigned)c)) {
        nd_ustr_push(buf, (char)c);
      } else if (c == EOF_C || c == '/' || c == '?' || c == '#' || (is_special(url) && c == '\\') ||
                 ps->override) {
        if (buf->len) {
          uint32_t port = 0;
          for (size_t i = 0; i < buf->len; i++) {
            port = port * 10 + (uint32_t)(buf->p[i] - '0');
            if (port > 65535) return ND_URL_EINVALID;
          }
          url->port = (int32_t)port == nd_url_default_port(url->scheme_type) ? -1 : (int32_t)port;
          nd_ustr_clear(buf);
          if (ps->override) return 0;
        }
        if (ps->override) return ND_URL_EINVALID;
        state = S_PATH_START;
        ps->p--;
      } else {
        return ND_URL_EINVALID;
      }
      break;

    case S_FILE:
      set_scheme(url, "file", 4);
      url->host.len = 0;
      url->host_kind = ND_HOST_EMPTY;
      if (c == '/' || c == '\\') {
        state = S_FILE_SLASH;
      } else if (base && base->scheme_type == ND_SCHEME_FILE) {
        nd_ustr_set(&url->host, base->host.p, base->host.len);
        url->host_kind = base->host_kind;
        copy_path(url, base);
        copy_query(url, base);
        if (c == '?') {
          start_query(url);
          state = S_QUERY;
        } else if (c == '#') {
          start_fragment(url);
          state = S_FRAGMENT;
        } else if (c != EOF_C) {
          url->has_query = false;
          url->query.len = 0;
          if (!starts_with_drive(s + ps->p, (size_t)(ps->n - ps->p))) {
            shorten_path(url);
          } else {
            url->path.len = 0;
            url->path_segments = 0;
          }
          state = S_PATH;
          ps->p--;
        }
      } else {
        state = S_PATH;
        ps->p--;
      }
      break;

    case S_FILE_SLASH:
      if (c == '/' || c == '\\') {
        state = S_FILE_HOST;
      } else {
        if (base && base->scheme_type == ND_SCHEME_FILE) {
          nd_ustr_set(&url->host, base->host.p, base->host.len);
          url->host_kind = base->host_kind;
          if (!starts_with_drive(s + ps->p, ps->p < ps->n ? (size_t)(ps->n - ps->p) : 0) &&
              first_segment_is_drive(base))
            path_push(url, base->path.p + 1, 2);
        }
        state = S_PATH;
        ps->p--;
      }
      break;

    case S_FILE_HOST:
      if (c == EOF_C || c == '/' || c == '\\' || c == '?' || c == '#') {
        ps->p--;
        if (!ps->override && is_drive_letter(buf->p, buf->len)) {
          state = S_PATH; /* the drive letter stays in buf for the path state */
        } else if (buf->len == 0) {
          url->host.len = 0;
          url->host_kind = ND_HOST_EMPTY;
          if (ps->override) return 0;
          state = S_PATH_START;
        } else {
          int rc = parse_host_into(ps, true);
          if (rc < 0) return rc;
          if (url->host.len == 9 && memcmp(url->host.p, "localhost", 9) == 0) {
            url->host.len = 0;
            url->host_kind = ND_HOST_EMPTY;
          }
          if (ps->override) return 0;
          nd_ustr_clear(buf);
          state = S_PATH_START;
        }
      } else {
        nd_ustr_push(buf, (char)c);
      }
      break;

    case S_PATH_START:
      if (is_special(url)) {
        state = S_PATH;
        if (c != '/' && c != '\\') ps->p--;
      } else if (!ps->override && c == '?') {
        start_query(url);
        state = S_QUERY;
      } else if (!ps->override && c == '#') {
        start_fragment(url);
        state = S_FRAGMENT;
      } else if (c != EOF_C) {
        state = S_PATH;
        if (c != '/') ps->p--;
      } else if (ps->override && url->host_kind == ND_HOST_NULL) {
        path_push(url, "", 0);
      }
      break;

    case S_PATH: {
      bool special = is_special(url);
      if (c == EOF_C || c == '/' || (special && c == '\\') ||
          (!ps->override && (c == '?' || c == '#'))) {
        bool slash = c == '/' || (special && c == '\\');
        if (double_dot(buf->p, buf->len)) {
          shorten_path(url);
          if (!slash) path_push(url, "", 0);
        } else if (single_dot(buf->p, buf->len)) {
          if (!slash) path_push(url, "", 0);
        } else {
          if (url->scheme_type == ND_SCHEME_FILE && url->path_segments == 0 &&
              is_drive_letter(buf->p, buf->len))
            buf->p[1] = ':';
          path_push(url, buf->p, buf->len);
        }
        nd_ustr_clear(buf);
        if (c == '?' && !ps->override) {
          start_query(url);
          state = S_QUERY;
        } else if (c == '#' && !ps->override) {
          start_fragment(url);
          state = S_FRAGMENT;
        }
      } else {
        /* encode the whole run up to the next delimiter at once */
        ptrdiff_t j = ps->p;
        while (j < ps->n) {
          char d = s[j];
          if (d == '/' || (special && d == '\\') || (!ps->override && (d == '?' || d == '#'))) break;
          j++;
        }
        nd_pct_encode(buf, s + ps->p, (size_t)(j - ps->p), ND_PCT_PATH);
        ps->p = j - 1;
      }
      break;
    }

    case S_OPAQUE_PATH:
      if (c == '?') {
        start_query(url);
        state = S_QUERY;
      } else if (c == '#') {
        start_fragment(url);
        state = S_FRAGMENT;
      } else if (c == ' ') {
        if (next_is(ps, '?') || next_is(ps, '#')) nd_ustr_append(&url->path, "%20", 3);
        else nd_ustr_push(&url->path, ' ');
      } else if (c != EOF_C) {
        ptrdiff_t j = ps->p;
        while (j < ps->n && s[j] != '?' && s[j] != '#' && s[j] != ' ') j++;
        nd_pct_encode(&url->path, s + ps->p, (size_t)(j - ps->p), ND_PCT_C0);
        ps->p = j - 1;
      }
      break;

    case S_QUERY: {
      ptrdiff_t j = ps->p;
      while (j < ps->n && (ps->override || s[j] != '#')) j++;
      nd_pct_encode(&url->query, s + ps->p, (size_t)(j - ps->p),
                    is_special(url) ? ND_PCT_SPECIAL_QUERY : ND_PCT_QUERY);
      ps->p = j;
      if (j < ps->n) {
        start_fragment(url);
        state = S_FRAGMENT;
      }
      break;
    }

    case S_FRAGMENT:
      if (c != EOF_C) {
        nd_pct_encode(&url->fragment, s + ps->p, (size_t)(ps->n - ps->p), ND_PCT_FRAGMENT);
        ps->p = ps->n;
      }
      break;
    }
    if (ps->p >= ps->n) break;
  }
  return 0;
}

static bool rec_oom(const nd_url_rec_t *u) {
  return u->scheme.oom || u->username.oom || u->password.oom || u->host.oom || u->path.oom ||
         u->query.oom || u->fragment.oom;
}

int nd_url_basic_parse(const char *in, size_t len, const nd_url_rec_t *base, nd_url_rec_t *url,
                       int state_override) {
  if (len > ND_URL_MAX_LEN) return ND_URL_ETOOLONG;
  nd_ustr_t tmp = {0};
  const char *s = preprocess(in, &len, state_override == ND_ST_NONE, &tmp);
  if (!s) {
    nd_ustr_free(&tmp);
    return ND_URL_ENOMEM;
  }
  parser_t ps = {.s = s, .n = (ptrdiff_t)len, .p = 0, .url = url, .base = base,
                 .override = state_override};
  char buf_storage[128], host_storage[64];
  nd_ustr_on(&ps.buf, buf_storage, sizeof buf_storage);
  nd_ustr_on(&ps.host, host_storage, sizeof host_storage);
  if (state_override == ND_ST_NONE) url->port = -1;
  int rc = run(&ps, state_override ? state_override : S_SCHEME_START);
  if (rc == 0 && (ps.buf.oom || ps.host.oom || rec_oom(url))) rc = ND_URL_ENOMEM;
  nd_ustr_free(&ps.buf);
  nd_ustr_free(&ps.host);
  nd_ustr_free(&tmp);
  return rc;
}
