/* contextify: compiling user code (CommonJS wrappers, -e scripts). */
#include <string.h>

#include "bind/bindings.h"
#include "rt/compile.h"
#include "rt/value.h"

/* compileFunction(code, filename, params[]) -> function; the code keeps its
 * line numbers (see rt/compile.c for line 1's columns). */
static ND_FN(contextify_compile_function) {
  JSStringRef body = JSValueToStringCopy(ctx, ND_ARG(0), exc);
  if (!body) return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (!url) {
    JSStringRelease(body);
    return NULL;
  }
  JSObjectRef plist = nd_toobj(ctx, ND_ARG(2));
  size_t n = plist ? (size_t)nd_tonum(ctx, nd_get(ctx, plist, "length")) : 0;
  if (n > 32) n = 32;
  JSStringRef params[32];
  for (size_t i = 0; i < n; i++) {
    params[i] = JSValueToStringCopy(ctx, JSObjectGetPropertyAtIndex(ctx, plist, i, NULL), NULL);
    if (!params[i]) params[i] = JSStringCreateWithUTF8CString("_");
  }
  JSObjectRef f = nd_compile_function(ctx, body, url, params, n, exc);
  for (size_t i = 0; i < n; i++) JSStringRelease(params[i]);
  JSStringRelease(body);
  JSStringRelease(url);
  return f;
}

/* runInThisContext(code, filename) -> completion value */
static ND_FN(contextify_run_in_this_context) {
  JSStringRef code = JSValueToStringCopy(ctx, ND_ARG(0), exc);
  if (!code) return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (!url) {
    JSStringRelease(code);
    return NULL;
  }
  JSValueRef r = JSEvaluateScript(ctx, code, NULL, url, 1, exc);
  JSStringRelease(code);
  JSStringRelease(url);
  return r;
}

void nd_contextify_init(nd_rt_t *rt, JSObjectRef target) {
  nd_set(rt->ctx, target, "wrapperColumns", JSValueMakeNumber(rt->ctx, ND_WRAPPER_COLUMNS));
  static const nd_fn_entry_t fns[] = {
      {"compileFunction", contextify_compile_function},
      {"runInThisContext", contextify_run_in_this_context},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
}
