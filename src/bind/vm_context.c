/* vm contexts. A context is its own JSGlobalContext in the runtime's group
 * (so values cross freely) whose global object consults the sandbox first:
 * reads, writes, `in`, delete and enumeration go to the sandbox, and what the
 * sandbox lacks falls through to the context's own builtins.
 *
 * Lifetime, all by ordinary GC edges so the trio dies together: JS keeps a
 * handle object on the sandbox, the handle holds the global, the global holds
 * the sandbox (a symbol-keyed property), and functions made in the context
 * hold their global. The JSGlobalContextRef is released at once; the pointer
 * stays valid as long as its global object lives. */
#include <stdlib.h>

#include "bind/vm_context.h"
#include "rt/compile.h"
#include "rt/rt.h"
#include "rt/value.h"

typedef struct {
  JSGlobalContextRef gctx;
  JSObjectRef global;
} vm_handle_t;

static JSObjectRef sandbox_of(JSObjectRef global) {
  return (JSObjectRef)JSObjectGetPrivate(global);
}

static JSValueRef global_get(JSContextRef ctx, JSObjectRef obj, JSStringRef name,
                             JSValueRef *exc) {
  JSObjectRef sb = sandbox_of(obj);
  if (!sb || !JSObjectHasProperty(ctx, sb, name)) return NULL;
  JSValueRef v = JSObjectGetProperty(ctx, sb, name, exc);
  return v ? v : JSValueMakeUndefined(ctx);
}

static bool global_set(JSContextRef ctx, JSObjectRef obj, JSStringRef name, JSValueRef v,
                       JSValueRef *exc) {
  JSObjectRef sb = sandbox_of(obj);
  if (!sb) return false;
  JSObjectSetProperty(ctx, sb, name, v, kJSPropertyAttributeNone, exc);
  if (*exc) return true;
  /* A top-level `var` lives in a slot of the global that the engine reads
   * directly, past these callbacks: when the global has the name itself,
   * let the ordinary store update it too. */
  JSObjectSetPrivate(obj, NULL);
  bool own = JSObjectHasProperty(ctx, obj, name);
  JSObjectSetPrivate(obj, sb);
  return !own;
}

static bool global_has(JSContextRef ctx, JSObjectRef obj, JSStringRef name) {
  JSObjectRef sb = sandbox_of(obj);
  return sb && JSObjectHasProperty(ctx, sb, name);
}

static bool global_delete(JSContextRef ctx, JSObjectRef obj, JSStringRef name,
                          JSValueRef *exc) {
  JSObjectRef sb = sandbox_of(obj);
  if (!sb || !JSObjectHasProperty(ctx, sb, name)) return false;
  JSObjectDeleteProperty(ctx, sb, name, exc);
  return true;
}

static void global_names(JSContextRef ctx, JSObjectRef obj, JSPropertyNameAccumulatorRef acc) {
  JSObjectRef sb = sandbox_of(obj);
  if (!sb) return;
  JSPropertyNameArrayRef names = JSObjectCopyPropertyNames(ctx, sb);
  size_t n = JSPropertyNameArrayGetCount(names);
  for (size_t i = 0; i < n; i++)
    JSPropertyNameAccumulatorAddName(acc, JSPropertyNameArrayGetNameAtIndex(names, i));
  JSPropertyNameArrayRelease(names);
}

static void handle_finalize(JSObjectRef obj) {
  free(JSObjectGetPrivate(obj));
}

/* makeContext(sandbox) -> handle */
static ND_FN(vm_make_context) {
  JSObjectRef sb = nd_toobj(ctx, ND_ARG(0));
  if (!sb) {
    *exc = nd_error(ctx, "TypeError", NULL, "sandbox must be an object");
    return NULL;
  }
  JSClassDefinition gdef = kJSClassDefinitionEmpty;
  gdef.className = "global";
  gdef.getProperty = global_get;
  gdef.setProperty = global_set;
  gdef.hasProperty = global_has;
  gdef.deleteProperty = global_delete;
  gdef.getPropertyNames = global_names;
  JSClassRef gcls = JSClassCreate(&gdef);
  JSGlobalContextRef gctx = JSGlobalContextCreateInGroup(JSContextGetGroup(ctx), gcls);
  JSClassRelease(gcls);
  JSObjectRef global = JSContextGetGlobalObject(gctx);
  /* stored before the callbacks are live, so it lands on the global itself */
  JSValueRef key = JSValueMakeSymbol(gctx, NULL);
  JSObjectSetPropertyForKey(gctx, global, key, sb,
                            kJSPropertyAttributeDontEnum | kJSPropertyAttributeDontDelete |
                                kJSPropertyAttributeReadOnly,
                            NULL);
  JSObjectSetPrivate(global, sb);

  JSClassDefinition hdef = kJSClassDefinitionEmpty;
  hdef.className = "VMContext";
  hdef.finalize = handle_finalize;
  JSClassRef hcls = JSClassCreate(&hdef);
  vm_handle_t *h = malloc(sizeof *h);
  ND_CHECK(h);
  h->gctx = gctx;
  h->global = global;
  JSObjectRef handle = JSObjectMake(ctx, hcls, h);
  JSClassRelease(hcls);
  nd_set_hidden(ctx, handle, "global", global);
  JSGlobalContextRelease(gctx);
  return handle;
}

static vm_handle_t *handle_arg(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  JSObjectRef o = nd_toobj(ctx, v);
  vm_handle_t *h = o ? JSObjectGetPrivate(o) : NULL;
  if (!h) *exc = nd_error(ctx, "TypeError", NULL, "not a vm context");
  return h;
}

/* runInContext(handle, code, filename, line) -> completion value */
static ND_FN(vm_run_in_context) {
  vm_handle_t *h = handle_arg(ctx, ND_ARG(0), exc);
  if (!h) return NULL;
  JSStringRef code = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (!code) return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, ND_ARG(2), exc);
  if (!url) {
    JSStringRelease(code);
    return NULL;
  }
  int line = argc > 3 ? (int)nd_tonum(ctx, argv[3]) : 1;
  JSValueRef r = JSEvaluateScript(h->gctx, code, NULL, url, line, exc);
  JSStringRelease(code);
  JSStringRelease(url);
  return r;
}

/* globalOf(handle) -> the context's global object */
static ND_FN(vm_global_of) {
  vm_handle_t *h = handle_arg(ctx, ND_ARG(0), exc);
  return h ? h->global : NULL;
}

/* compileFunctionIn(handle, code, filename, params[]) -> function */
static ND_FN(vm_compile_function_in) {
  vm_handle_t *h = handle_arg(ctx, ND_ARG(0), exc);
  if (!h) return NULL;
  JSStringRef body = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (!body) return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, ND_ARG(2), exc);
  if (!url) {
    JSStringRelease(body);
    return NULL;
  }
  JSObjectRef plist = nd_toobj(ctx, ND_ARG(3));
  size_t n = plist ? (size_t)nd_tonum(ctx, nd_get(ctx, plist, "length")) : 0;
  JSStringRef *params = calloc(n ? n : 1, sizeof *params);
  ND_CHECK(params);
  size_t got = 0;
  for (; got < n; got++) {
    params[got] = JSValueToStringCopy(ctx, JSObjectGetPropertyAtIndex(ctx, plist, (unsigned)got, NULL), exc);
    if (!params[got]) break;
  }
  JSObjectRef f = got == n ? nd_compile_function(h->gctx, body, url, params, n, exc) : NULL;
  for (size_t i = 0; i < got; i++) JSStringRelease(params[i]);
  free(params);
  JSStringRelease(body);
  JSStringRelease(url);
  return f;
}

void nd_vm_context_init(JSContextRef ctx, JSObjectRef target) {
  static const nd_fn_entry_t fns[] = {
      {"makeContext", vm_make_context},
      {"runInContext", vm_run_in_context},
      {"globalOf", vm_global_of},
      {"compileFunctionIn", vm_compile_function_in},
  };
  nd_set_fns(ctx, target, fns, ND_COUNTOF(fns));
}
