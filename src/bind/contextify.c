/* contextify: compiling user code (CommonJS wrappers, -e scripts). */
#include <stdlib.h>
#include <string.h>

#include "bind/bindings.h"
#include "bind/vm_context.h"
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
  JSStringRef *params = calloc(n ? n : 1, sizeof *params);
  ND_CHECK(params);
  for (size_t i = 0; i < n; i++) {
    params[i] = JSValueToStringCopy(ctx, JSObjectGetPropertyAtIndex(ctx, plist, i, NULL), NULL);
    if (!params[i]) params[i] = JSStringCreateWithUTF8CString("_");
  }
  JSObjectRef f = nd_compile_function(ctx, body, url, params, n, exc);
  for (size_t i = 0; i < n; i++) JSStringRelease(params[i]);
  free(params);
  JSStringRelease(body);
  JSStringRelease(url);
  return f;
}

/* runInThisContext(code, filename[, line]) -> completion value */
static ND_FN(contextify_run_in_this_context) {
  JSStringRef code = JSValueToStringCopy(ctx, ND_ARG(0), exc);
  if (!code) return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (!url) {
    JSStringRelease(code);
    return NULL;
  }
  int line = argc > 2 ? (int)nd_tonum(ctx, argv[2]) : 1;
  JSValueRef r = JSEvaluateScript(ctx, code, NULL, url, line, exc);
  JSStringRelease(code);
  JSStringRelease(url);
  return r;
}

/* checkSyntax(code, filename, line) -> true, or throws the SyntaxError */
static ND_FN(contextify_check_syntax) {
  JSStringRef code = JSValueToStringCopy(ctx, ND_ARG(0), exc);
  if (!code) return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (!url) {
    JSStringRelease(code);
    return NULL;
  }
  bool ok = JSCheckScriptSyntax(ctx, code, url, (int)nd_tonum(ctx, ND_ARG(2)), exc);
  JSStringRelease(code);
  JSStringRelease(url);
  return ok ? JSValueMakeBoolean(ctx, true) : NULL;
}

void nd_contextify_init(nd_rt_t *rt, JSObjectRef target) {
  nd_set(rt->ctx, target, "wrapperColumns", JSValueMakeNumber(rt->ctx, ND_WRAPPER_COLUMNS));
  static const nd_fn_entry_t fns[] = {
      {"compileFunction", contextify_compile_function},
      {"runInThisContext", contextify_run_in_this_context},
      {"checkSyntax", contextify_check_syntax},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
  nd_vm_context_init(rt->ctx, target);
}
