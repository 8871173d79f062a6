/* esm: the ES module transform (src/esm) and module function compiling,
 * for lib/internal/modules/esm. */
#include <string.h>

#include "bind/bindings.h"
#include "esm/cjs.h"
#include "esm/esm.h"
#include "rt/compile.h"
#include "rt/value.h"

/* A JS string from UTF-8 that may hold U+0000. */
static JSValueRef str_utf8(JSContextRef ctx, const char *s, size_t len) {
  if (!memchr(s, 0, len)) return nd_str(ctx, s); /* s is NUL-terminated */
  JSChar *w = malloc((len + 1) * sizeof *w);
  if (!w) return JSValueMakeUndefined(ctx);
  size_t k = 0;
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)s[i];
    uint32_t cp;
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + (size_t)n > len) n = 1;
    cp = n == 1 ? c : (c & (0x3F >> (n - 1)));
    for (int j = 1; j < n; j++) cp = (cp << 6) | ((unsigned char)s[i + j] & 0x3F);
    i += (size_t)n;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      w[k++] = (JSChar)(0xD800 + (cp >> 10));
      w[k++] = (JSChar)(0xDC00 + (cp & 0x3FF));
    } else {
      w[k++] = (JSChar)cp;
    }
  }
  JSStringRef js = JSStringCreateWithCharacters(w, k);
  free(w);
  JSValueRef v = JSValueMakeString(ctx, js);
  JSStringRelease(js);
  return v;
}

static JSValueRef str_or_null(JSContextRef ctx, const char *s) {
  return s ? nd_str(ctx, s) : JSValueMakeNull(ctx);
}

static const char *const export_kinds[] = {"local", "indirect", "star", "starAs"};
static const char *const binding_kinds[] = {"var", "function", "let"};

/* transform(source) -> { code, prefix, requests, imports, exports, hasTLA,
 * hasMeta, hasDynamic, colsShifted } or { error, line, column } */
static ND_FN(esm_transform) {
  JSStringRef s = JSValueToStringCopy(ctx, ND_ARG(0), exc);
  if (!s) return NULL;
  size_t cap = JSStringGetMaximumUTF8CStringSize(s);
  char *src = malloc(cap);
  if (!src) {
    JSStringRelease(s);
    *exc = nd_error(ctx, "RangeError", NULL, "Out of memory");
    return NULL;
  }
  size_t len = JSStringGetUTF8CString(s, src, cap);
  JSStringRelease(s);
  if (len) len--;
  nd_esm_result_t r;
  int rc = nd_esm_transform(src, len, &r);
  free(src);
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  if (rc == ND_ESM_ESYNTAX) {
    nd_set(ctx, o, "error", nd_str(ctx, r.err_msg));
    nd_set(ctx, o, "line", nd_num(ctx, r.err_line));
    nd_set(ctx, o, "column", nd_num(ctx, r.err_col));
    nd_esm_result_free(&r);
    return o;
  }
  if (rc != 0) {
    nd_esm_result_free(&r);
    *exc = nd_error(ctx, "RangeError", NULL,
                    rc == ND_ESM_E2BIG ? "Module source too large" : "Out of memory");
    return NULL;
  }
  nd_set(ctx, o, "code", str_utf8(ctx, r.code, r.code_len));
  nd_set(ctx, o, "prefix", nd_str(ctx, r.prefix));
  JSObjectRef reqs = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (int i = 0; i < r.nrequests; i++) {
    JSObjectRef q = JSObjectMake(ctx, NULL, NULL);
    nd_set(ctx, q, "specifier", nd_str(ctx, r.requests[i].specifier));
    nd_set(ctx, q, "type", str_or_null(ctx, r.requests[i].type));
    if (r.requests[i].other_key) {
      nd_set(ctx, q, "otherKey", nd_str(ctx, r.requests[i].other_key));
      nd_set(ctx, q, "otherValue", str_or_null(ctx, r.requests[i].other_value));
    }
    nd_set(ctx, q, "line", nd_num(ctx, r.requests[i].line));
    nd_set(ctx, q, "column", nd_num(ctx, r.requests[i].col));
    JSObjectSetPropertyAtIndex(ctx, reqs, (unsigned)i, q, NULL);
  }
  nd_set(ctx, o, "requests", reqs);
  JSObjectRef imps = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (int i = 0; i < r.nimports; i++) {
    JSObjectRef q = JSObjectMake(ctx, NULL, NULL);
    nd_set(ctx, q, "request", nd_num(ctx, r.imports[i].request));
    nd_set(ctx, q, "imported", str_or_null(ctx, r.imports[i].imported));
    nd_set(ctx, q, "local", nd_str(ctx, r.imports[i].local));
    nd_set(ctx, q, "line", nd_num(ctx, r.imports[i].line));
    nd_set(ctx, q, "column", nd_num(ctx, r.imports[i].col));
    JSObjectSetPropertyAtIndex(ctx, imps, (unsigned)i, q, NULL);
  }
  nd_set(ctx, o, "imports", imps);
  JSObjectRef exps = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (int i = 0; i < r.nexports; i++) {
    nd_esm_export_t *e = &r.exports[i];
    JSObjectRef q = JSObjectMake(ctx, NULL, NULL);
    nd_set(ctx, q, "kind", nd_str(ctx, export_kinds[e->kind]));
    if (e->kind == ND_ESM_X_LOCAL) nd_set(ctx, q, "binding", nd_str(ctx, binding_kinds[e->binding]));
    nd_set(ctx, q, "exported", str_or_null(ctx, e->exported));
    nd_set(ctx, q, "name", str_or_null(ctx, e->name));
    nd_set(ctx, q, "request", nd_num(ctx, e->request));
    nd_set(ctx, q, "line", nd_num(ctx, e->line));
    nd_set(ctx, q, "column", nd_num(ctx, e->col));
    JSObjectSetPropertyAtIndex(ctx, exps, (unsigned)i, q, NULL);
  }
  nd_set(ctx, o, "exports", exps);
  nd_set(ctx, o, "hasTLA", JSValueMakeBoolean(ctx, r.has_tla));
  if (r.has_tla) {
    nd_set(ctx, o, "tlaLine", nd_num(ctx, r.tla_line));
    nd_set(ctx, o, "tlaColumn", nd_num(ctx, r.tla_col));
  }
  nd_set(ctx, o, "hasMeta", JSValueMakeBoolean(ctx, r.has_meta));
  nd_set(ctx, o, "hasDynamic", JSValueMakeBoolean(ctx, r.has_dynamic));
  nd_set(ctx, o, "colsShifted", JSValueMakeBoolean(ctx, r.cols_shifted));
  nd_esm_result_free(&r);
  return o;
}

/* source as UTF-8 (malloc'd), its length in *len */
static char *utf8_arg(JSContextRef ctx, JSValueRef v, size_t *len, JSValueRef *exc) {
  JSStringRef s = JSValueToStringCopy(ctx, v, exc);
  if (!s) return NULL;
  size_t cap = JSStringGetMaximumUTF8CStringSize(s);
  char *src = malloc(cap);
  if (!src) {
    JSStringRelease(s);
    *exc = nd_error(ctx, "RangeError", NULL, "Out of memory");
    return NULL;
  }
  *len = JSStringGetUTF8CString(s, src, cap);
  JSStringRelease(s);
  if (*len) (*len)--;
  return src;
}

static JSObjectRef str_array(JSContextRef ctx, char **list, int n) {
  JSObjectRef a = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (int i = 0; i < n; i++) JSObjectSetPropertyAtIndex(ctx, a, (unsigned)i, str_utf8(ctx, list[i], strlen(list[i])), NULL);
  return a;
}

/* cjsScan(source) -> { exports, reexports, imports } (see esm/cjs.h) */
static ND_FN(esm_cjs_scan) {
  size_t len;
  char *src = utf8_arg(ctx, ND_ARG(0), &len, exc);
  if (!src) return NULL;
  nd_cjs_result_t r;
  int rc = nd_cjs_scan(src, len, &r);
  free(src);
  if (rc != 0) {
    nd_cjs_result_free(&r);
    *exc = nd_error(ctx, "RangeError", NULL, rc == ND_ESM_E2BIG ? "Module source too large" : "Out of memory");
    return NULL;
  }
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  nd_set(ctx, o, "exports", str_array(ctx, r.exports, r.nexports));
  nd_set(ctx, o, "reexports", str_array(ctx, r.reexports, r.nreexports));
  JSObjectRef imps = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (int i = 0; i < r.nimports; i++) JSObjectSetPropertyAtIndex(ctx, imps, (unsigned)i, nd_num(ctx, r.imports[i]), NULL);
  nd_set(ctx, o, "imports", imps);
  nd_cjs_result_free(&r);
  return o;
}

/* compile(code, url, header) -> the module function (header: the ASCII
 * text line 1 starts with, see rt/compile.c) */
static ND_FN(esm_compile) {
  JSStringRef code = JSValueToStringCopy(ctx, ND_ARG(0), exc);
  if (!code) return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  char *header = url ? nd_cstr(ctx, ND_ARG(2), exc) : NULL;
  JSObjectRef f = NULL;
  if (header && strlen(header) < ND_WRAPPER_COLUMNS) {
    f = nd_compile_wrapped(ctx, header, code, url, exc);
  } else if (header) {
    *exc = nd_error(ctx, "RangeError", NULL, "module header too long");
  }
  free(header);
  if (url) JSStringRelease(url);
  JSStringRelease(code);
  return f;
}

void nd_esm_init(nd_rt_t *rt, JSObjectRef target) {
  static const nd_fn_entry_t fns[] = {
      {"transform", esm_transform},
      {"compile", esm_compile},
      {"cjsScan", esm_cjs_scan},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
}
