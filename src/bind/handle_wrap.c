/* The base of the JS-owned libuv handles: the class chain, close (with an
 * optional callback), ref/unref/hasRef, and the ownership rules described
 * in handle_wrap.h. */
#include "bind/handle_wrap.h"

#include <string.h>

#include "bind/bindings.h"

static nd_handle_t *self_handle(JSContextRef ctx, JSObjectRef self, JSValueRef *exc) {
  nd_handle_t *h = nd_handle_of(ctx, self, nd_rt_from_ctx(ctx)->wrap.handle);
  if (!h) *exc = nd_error(ctx, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  return h;
}

nd_handle_t *nd_handle_of(JSContextRef ctx, JSValueRef v, JSClassRef cls) {
  if (!v || !cls || !JSValueIsObjectOfClass(ctx, v, cls)) return NULL;
  return JSObjectGetPrivate((JSObjectRef)v);
}

JSObjectRef nd_handle_new(nd_rt_t *rt, JSClassRef cls, nd_handle_t **out) {
  nd_handle_t *h = calloc(1, sizeof *h);
  ND_CHECK(h);
  h->rt = rt;
  h->obj = JSObjectMake(rt->ctx, cls, h);
  h->uv.handle.data = h;
  *out = h;
  return h->obj;
}

void nd_handle_opened(nd_handle_t *h) {
  h->uv.handle.data = h;
  h->state = ND_HANDLE_OPEN;
  JSValueProtect(h->rt->ctx, h->obj);
}

void nd_handle_emit(nd_handle_t *h, const char *name, size_t argc, const JSValueRef *argv) {
  if (nd_handle_torn_down(h)) return;
  JSContextRef ctx = h->rt->ctx;
  JSObjectRef fn = nd_toobj(ctx, nd_get(ctx, h->obj, name));
  if (fn && JSObjectIsFunction(ctx, fn)) nd_call(h->rt, fn, h->obj, argc, argv);
}

static void on_close(uv_handle_t *uvh) {
  nd_handle_t *h = uvh->data;
  nd_rt_t *rt = h->rt;
  h->state = ND_HANDLE_CLOSED;
  JSObjectRef cb = h->onclose;
  h->onclose = NULL;
  if (cb) {
    nd_call(rt, cb, h->obj, 0, NULL);
    JSValueUnprotect(rt->ctx, cb);
  }
  JSValueUnprotect(rt->ctx, h->obj);
}

/* The finalizer runs once the owner is unreachable: the handle is closed by
 * then, or was never opened, or the loop is gone (runtime teardown). */
static void handle_finalize(JSObjectRef obj) { free(JSObjectGetPrivate(obj)); }

/* close([cb]): closes the handle; cb runs in the close phase */
static ND_FN(handle_close) {
  nd_handle_t *h = self_handle(ctx, self, exc);
  if (!h) return NULL;
  if (h->state != ND_HANDLE_OPEN) return JSValueMakeUndefined(ctx);
  JSObjectRef cb = nd_toobj(ctx, ND_ARG(0));
  if (cb && JSObjectIsFunction(ctx, cb)) {
    JSValueProtect(ctx, cb);
    h->onclose = cb;
  }
  h->state = ND_HANDLE_CLOSING;
  uv_close(&h->uv.handle, on_close);
  return JSValueMakeUndefined(ctx);
}

static ND_FN(handle_ref) {
  nd_handle_t *h = self_handle(ctx, self, exc);
  if (!h) return NULL;
  if (h->state == ND_HANDLE_OPEN) uv_ref(&h->uv.handle);
  return JSValueMakeUndefined(ctx);
}

static ND_FN(handle_unref) {
  nd_handle_t *h = self_handle(ctx, self, exc);
  if (!h) return NULL;
  if (h->state == ND_HANDLE_OPEN) uv_unref(&h->uv.handle);
  return JSValueMakeUndefined(ctx);
}

static ND_FN(handle_has_ref) {
  nd_handle_t *h = self_handle(ctx, self, exc);
  if (!h) return NULL;
  return JSValueMakeBoolean(ctx, h->state == ND_HANDLE_OPEN && uv_has_ref(&h->uv.handle));
}

static const JSStaticFunction handle_functions[] = {
    {"close", handle_close, kJSPropertyAttributeDontEnum},
    {"ref", handle_ref, kJSPropertyAttributeDontEnum},
    {"unref", handle_unref, kJSPropertyAttributeDontEnum},
    {"hasRef", handle_has_ref, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static JSClassRef make_class(const char *name, JSClassRef parent, const JSStaticFunction *fns,
                             const JSStaticValue *values) {
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = name;
  def.parentClass = parent;
  def.staticFunctions = fns;
  def.staticValues = values;
  if (!parent) def.finalize = handle_finalize;
  return JSClassCreate(&def);
}

void nd_wrap_classes_init(nd_rt_t *rt) {
  if (rt->wrap.handle) return;
  rt->wrap.handle = make_class("HandleWrap", NULL, handle_functions, NULL);
  rt->wrap.stream =
      make_class("LibuvStreamWrap", rt->wrap.handle, nd_stream_functions, nd_stream_values);
  rt->wrap.pipe = make_class("Pipe", rt->wrap.stream, nd_pipe_functions, NULL);
  rt->wrap.process = make_class("Process", rt->wrap.handle, nd_process_functions, NULL);
}

void nd_wrap_classes_free(nd_rt_t *rt) {
  JSClassRef *all[] = {&rt->wrap.process, &rt->wrap.pipe, &rt->wrap.stream, &rt->wrap.handle};
  for (size_t i = 0; i < ND_COUNTOF(all); i++) {
    if (*all[i]) JSClassRelease(*all[i]);
    *all[i] = NULL;
  }
}
