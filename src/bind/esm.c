/* esm: the ES module transform (src/esm) and module function compiling,
 * for lib/internal/modules/esm. */
#include <stdbool.h>
#include <stdio.h>
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

static const char *const export_kinds[] = {"local", "indirect", "star", "starAs"};
static const char *const binding_kinds[] = {"var", "function", "let"};

/* The transform's tables go to JS as one JSON text the engine parses: a
 * few hundred properties set one by one through the C API cost ~5x the
 * transform itself (bench/esm). */
typedef struct {
  char *p;
  size_t len, cap;
  bool oom;
} jbuf_t;

static void jb_put(jbuf_t *b, const char *s, size_t n) {
  if (b->oom) return;
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 1024;
    while (b->len + n + 1 > cap) cap *= 2;
    char *q = realloc(b->p, cap);
    if (!q) {
      b->oom = true;
      return;
    }
    b->p = q;
    b->cap = cap;
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = 0;
}

static void jb_raw(jbuf_t *b, const char *s) { jb_put(b, s, strlen(s)); }

static void jb_num(jbuf_t *b, long v) {
  char t[24];
  jb_put(b, t, (size_t)snprintf(t, sizeof t, "%ld", v));
}

/* a JSON string (UTF-8 passes through), or null */
static void jb_str(jbuf_t *b, const char *s) {
  if (!s) {
    jb_raw(b, "null");
    return;
  }
  jb_raw(b, "\"");
  const char *run = s;
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    jb_put(b, run, (size_t)(s - run));
    char t[8];
    snprintf(t, sizeof t, "\\u%04x", c);
    jb_raw(b, t);
    run = s + 1;
  }
  jb_put(b, run, (size_t)(s - run));
  jb_raw(b, "\"");
}

/* "key": value pieces; first says whether a comma goes before */
static void jb_key(jbuf_t *b, const char *key, bool first) {
  if (!first) jb_raw(b, ",");
  jb_str(b, key);
  jb_raw(b, ":");
}

/* ,"key":value fields after an object's first */
static void jb_field_str(jbuf_t *b, const char *key, const char *v) {
  jb_key(b, key, false);
  jb_str(b, v);
}
static void jb_field_num(jbuf_t *b, const char *key, long v) {
  jb_key(b, key, false);
  jb_num(b, v);
}
static void jb_field_bool(jbuf_t *b, const char *key, bool v) {
  jb_key(b, key, false);
  jb_raw(b, v ? "true" : "false");
}
/* ,"line":l,"column":c} closing an entry of a list */
static void jb_position_end(jbuf_t *b, long line, long col) {
  jb_field_num(b, "line", line);
  jb_field_num(b, "column", col);
  jb_raw(b, "}");
}

static void result_json(jbuf_t *b, const nd_esm_result_t *r) {
  jb_raw(b, "{");
  jb_key(b, "prefix", true);
  jb_str(b, r->prefix);
  jb_key(b, "requests", false);
  jb_raw(b, "[");
  for (int i = 0; i < r->nrequests; i++) {
    const nd_esm_request_t *q = &r->requests[i];
    jb_raw(b, i ? ",{" : "{");
    jb_key(b, "specifier", true);
    jb_str(b, q->specifier);
    jb_field_str(b, "type", q->type);
    if (q->other_key) {
      jb_field_str(b, "otherKey", q->other_key);
      jb_field_str(b, "otherValue", q->other_value);
    }
    if (q->source) jb_field_bool(b, "source", true);
    jb_position_end(b, q->line, q->col);
  }
  jb_raw(b, "]");
  jb_key(b, "imports", false);
  jb_raw(b, "[");
  for (int i = 0; i < r->nimports; i++) {
    const nd_esm_import_t *q = &r->imports[i];
    jb_raw(b, i ? ",{" : "{");
    jb_key(b, "request", true);
    jb_num(b, q->request);
    jb_field_str(b, "imported", q->imported);
    jb_field_str(b, "local", q->local);
    jb_position_end(b, q->line, q->col);
  }
  jb_raw(b, "]");
  jb_key(b, "exports", false);
  jb_raw(b, "[");
  for (int i = 0; i < r->nexports; i++) {
    const nd_esm_export_t *e = &r->exports[i];
    jb_raw(b, i ? ",{" : "{");
    jb_key(b, "kind", true);
    jb_str(b, export_kinds[e->kind]);
    if (e->kind == ND_ESM_X_LOCAL) jb_field_str(b, "binding", binding_kinds[e->binding]);
    jb_field_str(b, "exported", e->exported);
    jb_field_str(b, "name", e->name);
    jb_field_num(b, "request", e->request);
    jb_position_end(b, e->line, e->col);
  }
  jb_raw(b, "]");
  jb_field_bool(b, "hasTLA", r->has_tla);
  if (r->has_tla) {
    jb_field_num(b, "tlaLine", r->tla_line);
    jb_field_num(b, "tlaColumn", r->tla_col);
  }
  jb_field_bool(b, "hasMeta", r->has_meta);
  jb_field_bool(b, "hasDynamic", r->has_dynamic);
  jb_field_bool(b, "colsShifted", r->cols_shifted);
  jb_raw(b, "}");
}

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
  if (rc == ND_ESM_ESYNTAX) {
    JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
    nd_set(ctx, o, "error", nd_str(ctx, r.err_msg));
    nd_set(ctx, o, "line", nd_num(ctx, r.err_line));
    nd_set(ctx, o, "column", nd_num(ctx, r.err_col));
    nd_esm_result_free(&r);
    return o;
  }
  jbuf_t b = {0};
  if (rc == 0) result_json(&b, &r);
  JSValueRef v = NULL;
  if (rc == 0 && !b.oom) {
    JSStringRef js = JSStringCreateWithUTF8CString(b.p);
    v = JSValueMakeFromJSONString(ctx, js);
    JSStringRelease(js);
  }
  free(b.p);
  if (rc != 0 || !v || !JSValueIsObject(ctx, v)) {
    nd_esm_result_free(&r);
    *exc = nd_error(ctx, "RangeError", NULL,
                    rc == ND_ESM_E2BIG ? "Module source too large" : "Out of memory");
    return NULL;
  }
  JSObjectRef o = (JSObjectRef)v;
  nd_set(ctx, o, "code", str_utf8(ctx, r.code, r.code_len));
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
