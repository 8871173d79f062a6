/* Compiling source as a function body. The engine's JSObjectMakeFunction puts
 * two header lines before the body and clamps the starting line to 1, so
 * every line would read two too high; instead the header shares line 1 with
 * the body, padded to a fixed width the stack code subtracts. The text is
 * built once, in the engine's own string buffer (rt/jsstr.c), with 8-bit
 * units when every unit fits (as in ASCII sources: parsed faster than
 * UTF-16); going through the C API's UTF-8 calls would convert the whole
 * source twice. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "rt/compile.h"
#include "rt/jsstr.h"
#include "rt/rt.h"
#include "rt/value.h"

/* The script `head body footer`, evaluated: the function it makes, or NULL
 * with *exc set. */
static JSObjectRef compile_text(JSContextRef ctx, const JSChar *head, size_t hl, JSStringRef body,
                                JSStringRef url, JSValueRef *exc) {
  static const char footer[] = ND_WRAPPER_FOOTER;
  size_t fl = sizeof footer - 1;
  size_t bl = JSStringGetLength(body);
  const JSChar *b = bl ? JSStringGetCharactersPtr(body) : NULL;
  JSChar all = 0;
  for (size_t i = 0; i < hl; i++) all |= head[i];
  for (size_t i = 0; i < bl; i++) all |= b[i];
  bool wide = all > 0xff;
  nd_jsstr_t s;
  nd_jsstr_alloc(&s, hl + bl + fl, wide);
  if (wide) {
    memcpy(s.p16, head, hl * sizeof *head);
    if (bl) memcpy(s.p16 + hl, b, bl * sizeof *b);
    for (size_t i = 0; i < fl; i++) s.p16[hl + bl + i] = (unsigned char)footer[i];
  } else {
    for (size_t i = 0; i < hl; i++) s.p8[i] = (uint8_t)head[i];
    uint8_t *d = s.p8 + hl;
    for (size_t i = 0; i < bl; i++) d[i] = (uint8_t)b[i];
    memcpy(s.p8 + hl + bl, footer, fl);
  }
  JSValueRef text = nd_jsstr_finish(ctx, &s);
  JSStringRef src = JSValueToStringCopy(ctx, text, NULL);
  ND_CHECK(src);
  JSValueRef v = JSEvaluateScript(ctx, src, NULL, url, 1, exc);
  JSStringRelease(src);
  if (!v || !JSValueIsObject(ctx, v)) return NULL;
  return (JSObjectRef)v;
}

/* Appends s's units at h+n; returns the new length. */
static size_t put(JSChar *h, size_t n, JSStringRef s) {
  size_t l = JSStringGetLength(s);
  if (l) memcpy(h + n, JSStringGetCharactersPtr(s), l * sizeof *h);
  return n + l;
}

static size_t put_ascii(JSChar *h, size_t n, const char *a) {
  while (*a) h[n++] = (unsigned char)*a++;
  return n;
}

JSObjectRef nd_compile_function(JSContextRef ctx, JSStringRef body, JSStringRef url,
                                JSStringRef const *params, size_t nparams, JSValueRef *exc) {
  size_t cap = ND_WRAPPER_COLUMNS + sizeof ND_WRAPPER_OPEN + 8;
  for (size_t i = 0; i < nparams; i++) cap += JSStringGetLength(params[i]) + 2;
  JSChar *head = malloc(cap * sizeof *head);
  ND_CHECK(head);
  size_t n = put_ascii(head, 0, ND_WRAPPER_OPEN);
  for (size_t i = 0; i < nparams; i++) {
    if (i) n = put_ascii(head, n, ", ");
    n = put(head, n, params[i]);
  }
  n = put_ascii(head, n, ") {");
  while (n < ND_WRAPPER_COLUMNS) head[n++] = ' ';
  JSObjectRef f = compile_text(ctx, head, n, body, url, exc);
  free(head);
  return f;
}

/* header (ASCII, shorter than ND_WRAPPER_COLUMNS) opens a function whose
 * body is `body`: the same line-1 layout as nd_compile_function, for
 * callers that need their own header (ES modules: async, generators). */
JSObjectRef nd_compile_wrapped(JSContextRef ctx, const char *header, JSStringRef body,
                               JSStringRef url, JSValueRef *exc) {
  ND_CHECK(strlen(header) < ND_WRAPPER_COLUMNS);
  JSChar head[ND_WRAPPER_COLUMNS];
  size_t n = put_ascii(head, 0, header);
  while (n < ND_WRAPPER_COLUMNS) head[n++] = ' ';
  return compile_text(ctx, head, n, body, url, exc);
}
