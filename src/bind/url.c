/* url: the crossings behind lib/internal/url.js. One call per operation:
 * a parse or a setter returns the new href and writes the component
 * offsets into a Uint32Array the caller passes, so JS slices components
 * without calling back. */
#include <stdlib.h>
#include <string.h>

#include "bind/bindings.h"
#include "rt/text.h"
#include "rt/value.h"
#include "url/url.h"

/* Slots of the offsets array; lib/internal/url.js uses the same order. */
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
  K_COUNT,
};

/* A JS string as UTF-8 (lone surrogates become U+FFFD, as USVString
 * conversion does); small strings stay on the caller's stack. */
typedef struct {
  char *p;
  size_t len;
  char stack[512];
} utf8_t;

static bool to_utf8(JSContextRef ctx, JSValueRef v, utf8_t *out, JSValueRef *exc) {
  JSStringRef s = JSValueToStringCopy(ctx, v, exc);
  if (!s) return false;
  const JSChar *u = JSStringGetCharactersPtr(s);
  size_t n = JSStringGetLength(s);
  size_t cap = n * 3;
  out->p = cap <= sizeof out->stack ? out->stack : malloc(cap + 1);
  if (!out->p) {
    JSStringRelease(s);
    *exc = nd_error(ctx, "RangeError", "ERR_OUT_OF_MEMORY", "Out of memory");
    return false;
  }
  out->len = nd_text_write_utf8(u, n, (uint8_t *)out->p, cap, NULL);
  JSStringRelease(s);
  return true;
}

static void utf8_free(utf8_t *u) {
  if (u->p != u->stack) free(u->p);
}

static void put_offsets(JSContextRef ctx, JSValueRef arr, const nd_url_t *u) {
  JSObjectRef o = nd_toobj(ctx, arr);
  if (!o || JSValueGetTypedArrayType(ctx, o, NULL) != kJSTypedArrayTypeUint32Array) return;
  if (JSObjectGetTypedArrayLength(ctx, o, NULL) < K_COUNT) return;
  uint32_t *k = JSObjectGetTypedArrayBytesPtr(ctx, o, NULL);
  if (!k) return;
  k = (uint32_t *)((char *)k + JSObjectGetTypedArrayByteOffset(ctx, o, NULL));
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

static JSValueRef oom(JSContextRef ctx, JSValueRef *exc) {
  *exc = nd_error(ctx, "RangeError", "ERR_OUT_OF_MEMORY", "Out of memory");
  return NULL;
}

/* Parses into *u; returns the nd_url error code, or 1 with *exc set. */
static int parse_args(JSContextRef ctx, JSValueRef input, JSValueRef base, nd_url_t *u,
                      JSValueRef *exc) {
  utf8_t in, b;
  if (!to_utf8(ctx, input, &in, exc)) return 1;
  bool has_base = !JSValueIsUndefined(ctx, base);
  if (has_base && !to_utf8(ctx, base, &b, exc)) {
    utf8_free(&in);
    return 1;
  }
  int rc = nd_url_parse(in.p, in.len, has_base ? b.p : NULL, has_base ? b.len : 0, u);
  utf8_free(&in);
  if (has_base) utf8_free(&b);
  return rc;
}

/* parse(input, base|undefined, offsets) -> href, or a negative code
 * (-1 invalid input, -2 invalid base) */
static ND_FN(url_parse) {
  nd_url_t u = {0};
  int rc = parse_args(ctx, ND_ARG(0), ND_ARG(1), &u, exc);
  if (rc == 1) return NULL;
  if (rc == ND_URL_ENOMEM) return oom(ctx, exc);
  if (rc < 0) return JSValueMakeNumber(ctx, rc == ND_URL_EBASE ? -2 : -1);
  put_offsets(ctx, ND_ARG(2), &u);
  JSValueRef href = nd_str(ctx, u.href);
  nd_url_free(&u);
  return href;
}

/* canParse(input, base|undefined) -> boolean */
static ND_FN(url_can_parse) {
  nd_url_t u = {0};
  int rc = parse_args(ctx, ND_ARG(0), ND_ARG(1), &u, exc);
  if (rc == 1) return NULL;
  if (rc == ND_URL_ENOMEM) return oom(ctx, exc);
  nd_url_free(&u);
  return JSValueMakeBoolean(ctx, rc == 0);
}

/* update(href, setter, value, offsets) -> the new href; -1 when the href
 * setter's value is not a URL. Other refused values leave the URL as the
 * standard says (unchanged, or partly set) and still return its href. */
static ND_FN(url_update) {
  nd_url_t u = {0};
  int rc = parse_args(ctx, ND_ARG(0), JSValueMakeUndefined(ctx), &u, exc);
  if (rc == 1) return NULL;
  if (rc == ND_URL_ENOMEM) return oom(ctx, exc);
  if (rc < 0) return JSValueMakeNumber(ctx, -1);
  int which = (int)JSValueToNumber(ctx, ND_ARG(1), NULL);
  utf8_t v;
  if (!to_utf8(ctx, ND_ARG(2), &v, exc)) {
    nd_url_free(&u);
    return NULL;
  }
  rc = which >= ND_URL_SET_HREF && which <= ND_URL_SET_HASH
           ? nd_url_set(&u, (nd_url_setter_t)which, v.p, v.len)
           : ND_URL_EINVALID;
  utf8_free(&v);
  if (rc == ND_URL_ENOMEM || rc == ND_URL_ETOOLONG) {
    nd_url_free(&u);
    return oom(ctx, exc);
  }
  if (rc < 0 && which == ND_URL_SET_HREF) {
    nd_url_free(&u);
    return JSValueMakeNumber(ctx, -1);
  }
  put_offsets(ctx, ND_ARG(3), &u);
  JSValueRef href = nd_str(ctx, u.href);
  nd_url_free(&u);
  return href;
}

typedef int (*domain_fn)(const char *, size_t, char **, size_t *);

static JSValueRef domain(JSContextRef ctx, JSValueRef arg, domain_fn fn, JSValueRef *exc) {
  utf8_t in;
  if (!to_utf8(ctx, arg, &in, exc)) return NULL;
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
}
