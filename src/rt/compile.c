/* Compiling source as a function body. The engine's JSObjectMakeFunction puts
 * two header lines before the body and clamps the starting line to 1, so
 * every line would read two too high; instead the header shares line 1 with
 * the body, padded to a fixed width the stack code subtracts. The wrapped
 * text is built as UTF-8 so that ASCII sources reach the parser as 8-bit
 * strings (parsed faster than UTF-16). */
#include <string.h>

#include "rt/compile.h"
#include "rt/rt.h"
#include "rt/value.h"

/* Appends the UTF-8 of s at buf+n (room for it is reserved by the caller);
 * returns the new length, or (size_t)-1 when s holds a U+0000, which the
 * engine's C-string API would cut at. */
static size_t put_utf8(char *buf, size_t n, size_t cap, JSStringRef s) {
  size_t w = JSStringGetUTF8CString(s, buf + n, cap - n);
  if (w == 0) return n;
  w--; /* the terminator */
  if (memchr(buf + n, 0, w)) return (size_t)-1;
  return n + w;
}

static JSObjectRef compile_utf16(JSContextRef ctx, JSStringRef body, JSStringRef url,
                                 JSStringRef const *params, size_t nparams, JSValueRef *exc);

JSObjectRef nd_compile_function(JSContextRef ctx, JSStringRef body, JSStringRef url,
                                JSStringRef const *params, size_t nparams, JSValueRef *exc) {
  size_t cap = ND_WRAPPER_COLUMNS + sizeof ND_WRAPPER_OPEN + sizeof ND_WRAPPER_FOOTER + 8 +
               JSStringGetMaximumUTF8CStringSize(body);
  for (size_t i = 0; i < nparams; i++) cap += JSStringGetMaximumUTF8CStringSize(params[i]) + 2;
  char *buf = malloc(cap);
  ND_CHECK(buf);
  size_t n = strlen(ND_WRAPPER_OPEN);
  memcpy(buf, ND_WRAPPER_OPEN, n);
  for (size_t i = 0; i < nparams && n != (size_t)-1; i++) {
    if (i) {
      buf[n++] = ',';
      buf[n++] = ' ';
    }
    n = put_utf8(buf, n, cap, params[i]);
  }
  if (n != (size_t)-1) {
    buf[n++] = ')';
    buf[n++] = ' ';
    buf[n++] = '{';
    while (n < ND_WRAPPER_COLUMNS) buf[n++] = ' ';
    n = put_utf8(buf, n, cap, body);
  }
  if (n == (size_t)-1) {
    free(buf);
    return compile_utf16(ctx, body, url, params, nparams, exc);
  }
  memcpy(buf + n, ND_WRAPPER_FOOTER, sizeof ND_WRAPPER_FOOTER);
  JSStringRef src = JSStringCreateWithUTF8CString(buf);
  free(buf);
  JSValueRef v = JSEvaluateScript(ctx, src, NULL, url, 1, exc);
  JSStringRelease(src);
  if (!v || !JSValueIsObject(ctx, v)) return NULL;
  return (JSObjectRef)v;
}

/* The same in UTF-16, for sources that contain U+0000. */
static JSObjectRef compile_utf16(JSContextRef ctx, JSStringRef body, JSStringRef url,
                                 JSStringRef const *params, size_t nparams, JSValueRef *exc) {
  size_t hcap = 16 + strlen(ND_WRAPPER_OPEN);
  for (size_t i = 0; i < nparams; i++) hcap += JSStringGetLength(params[i]) + 2;
  if (hcap < ND_WRAPPER_COLUMNS) hcap = ND_WRAPPER_COLUMNS;
  size_t blen = JSStringGetLength(body);
  size_t total = hcap + blen + sizeof ND_WRAPPER_FOOTER;
  JSChar *buf = malloc(total * sizeof *buf);
  ND_CHECK(buf);
  size_t n = 0;
  for (const char *p = ND_WRAPPER_OPEN; *p; p++) buf[n++] = (JSChar)*p;
  for (size_t i = 0; i < nparams; i++) {
    if (i) {
      buf[n++] = ',';
      buf[n++] = ' ';
    }
    size_t pl = JSStringGetLength(params[i]);
    memcpy(buf + n, JSStringGetCharactersPtr(params[i]), pl * sizeof *buf);
    n += pl;
  }
  buf[n++] = ')';
  buf[n++] = ' ';
  buf[n++] = '{';
  while (n < ND_WRAPPER_COLUMNS) buf[n++] = ' ';
  memcpy(buf + n, JSStringGetCharactersPtr(body), blen * sizeof *buf);
  n += blen;
  for (const char *p = ND_WRAPPER_FOOTER; *p; p++) buf[n++] = (JSChar)*p;
  JSStringRef src = JSStringCreateWithCharacters(buf, n);
  free(buf);
  JSValueRef v = JSEvaluateScript(ctx, src, NULL, url, 1, exc);
  JSStringRelease(src);
  if (!v || !JSValueIsObject(ctx, v)) return NULL;
  return (JSObjectRef)v;
}

/* header (ASCII, shorter than ND_WRAPPER_COLUMNS) opens a function whose
 * body is `body`: the same line-1 layout as nd_compile_function, for
 * callers that need their own header (ES modules: async, generators). */
JSObjectRef nd_compile_wrapped(JSContextRef ctx, const char *header, JSStringRef body,
                               JSStringRef url, JSValueRef *exc) {
  size_t hl = strlen(header);
  ND_CHECK(hl < ND_WRAPPER_COLUMNS);
  size_t cap = ND_WRAPPER_COLUMNS + sizeof ND_WRAPPER_FOOTER + 8 +
               JSStringGetMaximumUTF8CStringSize(body);
  char *buf = malloc(cap);
  ND_CHECK(buf);
  memcpy(buf, header, hl);
  memset(buf + hl, ' ', ND_WRAPPER_COLUMNS - hl);
  size_t n = put_utf8(buf, ND_WRAPPER_COLUMNS, cap, body);
  JSStringRef src;
  if (n == (size_t)-1) {
    /* U+0000 in the body: build the text in UTF-16 */
    size_t blen = JSStringGetLength(body);
    size_t total = ND_WRAPPER_COLUMNS + blen + sizeof ND_WRAPPER_FOOTER;
    JSChar *w = malloc(total * sizeof *w);
    ND_CHECK(w);
    for (size_t i = 0; i < ND_WRAPPER_COLUMNS; i++) w[i] = (JSChar)(unsigned char)buf[i];
    memcpy(w + ND_WRAPPER_COLUMNS, JSStringGetCharactersPtr(body), blen * sizeof *w);
    size_t k = ND_WRAPPER_COLUMNS + blen;
    for (const char *p = ND_WRAPPER_FOOTER; *p; p++) w[k++] = (JSChar)*p;
    src = JSStringCreateWithCharacters(w, k);
    free(w);
  } else {
    memcpy(buf + n, ND_WRAPPER_FOOTER, sizeof ND_WRAPPER_FOOTER);
    src = JSStringCreateWithUTF8CString(buf);
  }
  free(buf);
  JSValueRef v = JSEvaluateScript(ctx, src, NULL, url, 1, exc);
  JSStringRelease(src);
  if (!v || !JSValueIsObject(ctx, v)) return NULL;
  return (JSObjectRef)v;
}
