/* Compiling source as a function body. The engine's JSObjectMakeFunction puts
 * two header lines before the body and clamps the starting line to 1, so
 * every line would read two too high; instead the header shares line 1 with
 * the body, padded to a fixed width the stack code subtracts. */
#include <string.h>

#include "rt/compile.h"
#include "rt/rt.h"

JSObjectRef nd_compile_function(JSContextRef ctx, JSStringRef body, JSStringRef url,
                                JSStringRef const *params, size_t nparams, JSValueRef *exc) {
  size_t hcap = 16;
  for (size_t i = 0; i < nparams; i++) hcap += JSStringGetLength(params[i]) + 2;
  if (hcap < ND_WRAPPER_COLUMNS) hcap = ND_WRAPPER_COLUMNS;
  size_t blen = JSStringGetLength(body);
  static const char footer[] = "\n})";
  size_t total = hcap + blen + sizeof footer;
  JSChar *buf = malloc(total * sizeof *buf);
  ND_CHECK(buf);
  size_t n = 0;
  static const char open[] = "(function anonymous(";
  for (const char *p = open; *p; p++) buf[n++] = (JSChar)*p;
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
  for (const char *p = footer; *p; p++) buf[n++] = (JSChar)*p;
  JSStringRef src = JSStringCreateWithCharacters(buf, n);
  free(buf);
  JSValueRef v = JSEvaluateScript(ctx, src, NULL, url, 1, exc);
  JSStringRelease(src);
  if (!v || !JSValueIsObject(ctx, v)) return NULL;
  return (JSObjectRef)v;
}
