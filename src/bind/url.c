/* url: the crossings behind lib/internal/url.js. One call per operation,
 * and as little engine API inside it as possible (each call into the API
 * costs about as much as parsing a short URL): the arguments arrive as
 * UTF-16 units in memory shared with JS (rt->url), the component offsets
 * go back the same way, and a new string is made only when the href
 * differs from the input. Arguments too long for the shared memory come
 * as strings instead. */
#include <stdlib.h>
#include <string.h>

#include "bind/bindings.h"
#include "rt/text.h"
#include "rt/value.h"
#include "url/url.h"

/* Slots of rt->url.info; lib/internal/url.js uses the same numbers. */
enum {
  K_PROTOCOL_END,
  K_USERNAME_START,
  K_USERNAME_END,
  K_PASSWORD_START,
  K_PASSWORD_END,
  K_HOST_START,
  K_HOST_END,
  K_PORT,
  K_PATHNAME_START,
  K_SEARCH_START,
  K_HASH_START,
  K_SCHEME,
  K_HOST_KIND,
  K_LEN0 = 16, /* in: units of the first argument */
  K_LEN1,      /* in: units of the second, or ND_URL_NONE */
};

/* An argument as UTF-8 (lone surrogates become U+FFFD, as USVString
 * conversion does); short ones stay on the caller's stack. */
typedef struct {
  char *p;
  size_t len;
  char stack[512];
} utf8_t;

static bool units_to_utf8(const JSChar *u, size_t n, utf8_t *out) {
  size_t cap = n * 3;
  out->p = cap <= sizeof out->stack ? out->stack : malloc(cap + 1);
  if (!out->p) return false;
  size_t i = 0;
  while (i < n && u[i] < 0x80) { /* the usual case: ASCII, narrowed in place */
    out->p[i] = (char)u[i];
    i++;
  }
  out->len = i == n ? n : i + nd_text_write_utf8(u + i, n - i, (uint8_t *)out->p + i, cap - i, NULL);
  return true;
}

static void utf8_free(utf8_t *u) {
  if (u->p != u->stack) free(u->p);
}

static JSValueRef oom(JSContextRef ctx, JSValueRef *exc) {
  *exc = nd_error(ctx, "RangeError", "ERR_OUT_OF_MEMORY", "Out of memory");
  return NULL;
}

/* Returns false with *exc set. */
static bool str_to_utf8(JSContextRef ctx, JSValueRef v, utf8_t *out, JSValueRef *exc) {
  JSStringRef s = JSValueToStringCopy(ctx, v, exc);
  if (!s) return false;
  bool ok = units_to_utf8(JSStringGetCharactersPtr(s), JSStringGetLength(s), out);
  JSStringRelease(s);
  if (!ok) oom(ctx, exc);
  return ok;
}

/* The arguments of one call, from the shared units or from strings. */
typedef struct {
  utf8_t a, b;
  bool has_b;
} args_t;

static void args_free(args_t *x) {
  utf8_free(&x->a);
  if (x->has_b) utf8_free(&x->b);
}

static bool shared_args(nd_url_shared_t *sh, args_t *x) {
  uint32_t n0 = sh->info[K_LEN0], n1 = sh->info[K_LEN1];
  x->has_b = n1 != ND_URL_NONE;
  if (n0 > ND_URL_UNITS || (x->has_b && n1 > ND_URL_UNITS - n0)) return false;
  if (!units_to_utf8(sh->units, n0, &x->a)) return false;
  if (x->has_b && !units_to_utf8(sh->units + n0, n1, &x->b)) {
    utf8_free(&x->a);
    return false;
  }
  return true;
}

/* Strings a and b (b may be undefined); returns false with *exc set. */
static bool string_args(JSContextRef ctx, JSValueRef a, JSValueRef b, args_t *x, JSValueRef *exc) {
  x->has_b = !JSValueIsUndefined(ctx, b);
  if (!str_to_utf8(ctx, a, &x->a, exc)) return false;
  if (x->has_b && !str_to_utf8(ctx, b, &x->b, exc)) {
    utf8_free(&x->a);
    return false;
  }
  return true;
}

static void put_offsets(nd_url_shared_t *sh, const nd_url_t *u) {
  uint32_t *k = sh->info;
  const nd_url_offsets_t *f = &u->o;
  k[K_PROTOCOL_END] = f->protocol_end;
  k[K_USERNAME_START] = f->username_start;
  k[K_USERNAME_END] = f->username_end;
  k[K_PASSWORD_START] = f->password_start;
  k[K_PASSWORD_END] = f->password_end;
  k[K_HOST_START] = f->host_start;
  k[K_HOST_END] = f->host_end;
  k[K_PORT] = f->port;
  k[K_PATHNAME_START] = f->pathname_start;
  k[K_SEARCH_START] = f->search_start;
  k[K_HASH_START] = f->hash_start;
  k[K_SCHEME] = f->scheme;
  k[K_HOST_KIND] = f->host_kind | (uint32_t)f->opaque_path << 8;
}

/* The href as a string (it is ASCII: widened, the engine copies it once). */
static JSValueRef href_string(JSContextRef ctx, const nd_url_t *u, JSValueRef *exc) {
  JSChar stack[256] = {0};
  JSChar *w = u->len <= ND_COUNTOF(stack) ? stack : malloc(u->len * sizeof *w);
  if (!w) return oom(ctx, exc);
  for (uint32_t i = 0; i < u->len; i++) w[i] = (unsigned char)u->href[i];
  JSStringRef s = JSStringCreateWithCharacters(w, u->len);
  if (w != stack) free(w);
  JSValueRef v = JSValueMakeString(ctx, s);
  JSStringRelease(s);
  return v;
}

static bool same_as(const nd_url_t *u, const utf8_t *in) {
  return u->len == in->len && memcmp(u->href, in->p, in->len) == 0;
}

/* parse() with the input (and base, if LEN1 is not ND_URL_NONE) in the
 * shared units, or parse(input, base|undefined) -> the href; 0 when the
 * href is the input itself; -1 invalid input, -2 invalid base. The
 * offsets land in the shared info. */
static ND_FN(url_parse) {
  nd_url_shared_t *sh = &nd_rt_from_ctx(ctx)->url;
  args_t x;
  if (argc == 0) {
    if (!shared_args(sh, &x)) return oom(ctx, exc);
  } else if (!string_args(ctx, ND_ARG(0), ND_ARG(1), &x, exc)) {
    return NULL;
  }
  nd_url_t u = {0};
  int rc = nd_url_parse(x.a.p, x.a.len, x.has_b ? x.b.p : NULL, x.has_b ? x.b.len : 0, &u);
  bool same = rc == 0 && same_as(&u, &x.a);
  args_free(&x);
  if (rc == ND_URL_ENOMEM || rc == ND_URL_ETOOLONG) return oom(ctx, exc);
  if (rc < 0) return JSValueMakeNumber(ctx, rc == ND_URL_EBASE ? -2 : -1);
  put_offsets(sh, &u);
  JSValueRef r = same ? JSValueMakeNumber(ctx, 0) : href_string(ctx, &u, exc);
  nd_url_free(&u);
  return r;
}

/* canParse() / canParse(input, base|undefined) -> boolean */
static ND_FN(url_can_parse) {
  nd_url_shared_t *sh = &nd_rt_from_ctx(ctx)->url;
  args_t x;
  if (argc == 0) {
    if (!shared_args(sh, &x)) return oom(ctx, exc);
  } else if (!string_args(ctx, ND_ARG(0), ND_ARG(1), &x, exc)) {
    return NULL;
  }
  nd_url_t u = {0};
  int rc = nd_url_parse(x.a.p, x.a.len, x.has_b ? x.b.p : NULL, x.has_b ? x.b.len : 0, &u);
  args_free(&x);
  if (rc == ND_URL_ENOMEM || rc == ND_URL_ETOOLONG) return oom(ctx, exc);
  nd_url_free(&u);
  return JSValueMakeBoolean(ctx, rc == 0);
}

/* The URL JS holds: its href and the offsets it put back in info (the
 * setter cuts the href along them; offsets that do not fit it only cost a
 * parse). */
static int held_url(const nd_url_shared_t *sh, const utf8_t *href, nd_url_t *u) {
  const uint32_t *k = sh->info;
  if (href->len > ND_URL_MAX_LEN) return ND_URL_ETOOLONG;
  u->href = malloc(href->len + 1);
  if (!u->href) return ND_URL_ENOMEM;
  memcpy(u->href, href->p, href->len);
  u->href[href->len] = 0;
  u->len = (uint32_t)href->len;
  nd_url_offsets_t *o = &u->o;
  o->protocol_end = k[K_PROTOCOL_END];
  o->username_start = k[K_USERNAME_START];
  o->username_end = k[K_USERNAME_END];
  o->password_start = k[K_PASSWORD_START];
  o->password_end = k[K_PASSWORD_END];
  o->host_start = k[K_HOST_START];
  o->host_end = k[K_HOST_END];
  o->port = k[K_PORT];
  o->pathname_start = k[K_PATHNAME_START];
  o->search_start = k[K_SEARCH_START];
  o->hash_start = k[K_HASH_START];
  o->scheme = (uint8_t)k[K_SCHEME];
  o->host_kind = (uint8_t)k[K_HOST_KIND];
  o->opaque_path = (uint8_t)(k[K_HOST_KIND] >> 8 & 1);
  return 0;
}

/* update(setter) with the href and the value in the shared units, or
 * update(setter, href, value) -> the new href; 0 when it did not change;
 * -1 when the href setter's value is not a URL. Other refused values leave
 * the URL as the standard says (unchanged, or partly set). The href's
 * offsets come in info, as the last parse left them. */
static ND_FN(url_update) {
  nd_url_shared_t *sh = &nd_rt_from_ctx(ctx)->url;
  int which = (int)JSValueToNumber(ctx, ND_ARG(0), NULL);
  args_t x;
  if (argc == 1) {
    if (sh->info[K_LEN1] == ND_URL_NONE || !shared_args(sh, &x)) return oom(ctx, exc);
  } else if (!string_args(ctx, ND_ARG(1), ND_ARG(2), &x, exc)) {
    return NULL;
  }
  nd_url_t u = {0};
  int rc = held_url(sh, &x.a, &u);
  if (rc == 0)
    rc = which >= ND_URL_SET_HREF && which <= ND_URL_SET_HASH && x.has_b
             ? nd_url_set(&u, (nd_url_setter_t)which, x.b.p, x.b.len)
             : ND_URL_EINVALID;
  bool same = u.href && same_as(&u, &x.a);
  args_free(&x);
  if (rc == ND_URL_ENOMEM || rc == ND_URL_ETOOLONG) {
    nd_url_free(&u);
    return oom(ctx, exc);
  }
  if (!u.href || (rc < 0 && which == ND_URL_SET_HREF)) {
    nd_url_free(&u);
    return JSValueMakeNumber(ctx, -1);
  }
  put_offsets(sh, &u);
  JSValueRef r = same ? JSValueMakeNumber(ctx, 0) : href_string(ctx, &u, exc);
  nd_url_free(&u);
  return r;
}

typedef int (*domain_fn)(const char *, size_t, char **, size_t *);

static JSValueRef domain(JSContextRef ctx, JSValueRef arg, domain_fn fn, JSValueRef *exc) {
  utf8_t in;
  if (!str_to_utf8(ctx, arg, &in, exc)) return NULL;
  char *out = NULL;
  size_t n = 0;
  int rc = in.len ? fn(in.p, in.len, &out, &n) : 0;
  utf8_free(&in);
  if (rc < 0) return oom(ctx, exc);
  JSValueRef r = out ? nd_strn(ctx, out, n) : nd_str(ctx, "");
  free(out);
  return r;
}

static ND_FN(url_domain_to_ascii) { return domain(ctx, ND_ARG(0), nd_url_domain_to_ascii, exc); }
static ND_FN(url_domain_to_unicode) { return domain(ctx, ND_ARG(0), nd_url_domain_to_unicode, exc); }
static ND_FN(url_to_ascii) { return domain(ctx, ND_ARG(0), nd_url_to_ascii, exc); }

void nd_url_init(nd_rt_t *rt, JSObjectRef target) {
  static const nd_fn_entry_t fns[] = {
      {"parse", url_parse},
      {"canParse", url_can_parse},
      {"update", url_update},
      {"domainToASCII", url_domain_to_ascii},
      {"domainToUnicode", url_domain_to_unicode},
      {"toASCII", url_to_ascii},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
  nd_url_shared_t *sh = &rt->url;
  nd_set(rt->ctx, target, "info",
         JSObjectMakeTypedArrayWithBytesNoCopy(rt->ctx, kJSTypedArrayTypeUint32Array, sh->info,
                                               sizeof sh->info, NULL, NULL, NULL));
  nd_set(rt->ctx, target, "units",
         JSObjectMakeTypedArrayWithBytesNoCopy(rt->ctx, kJSTypedArrayTypeUint16Array, sh->units,
                                               sizeof sh->units, NULL, NULL, NULL));
}
