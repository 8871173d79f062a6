/* Helpers over the JavaScriptCore C API. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#include "rt/value.h"

JSValueRef nd_str(JSContextRef ctx, const char *utf8) {
  JSStringRef s = JSStringCreateWithUTF8CString(utf8);
  JSValueRef v = JSValueMakeString(ctx, s);
  JSStringRelease(s);
  return v;
}

JSValueRef nd_strn(JSContextRef ctx, const char *utf8, size_t len) {
  char stackbuf[256];
  char *buf = len < sizeof stackbuf ? stackbuf : malloc(len + 1);
  if (!buf) return JSValueMakeUndefined(ctx);
  memcpy(buf, utf8, len);
  buf[len] = 0;
  JSValueRef v = nd_str(ctx, buf);
  if (buf != stackbuf) free(buf);
  return v;
}

JSValueRef nd_num(JSContextRef ctx, double v) { return JSValueMakeNumber(ctx, v); }

char *nd_jsstr_cstr(JSStringRef s) {
  size_t cap = JSStringGetMaximumUTF8CStringSize(s);
  char *buf = malloc(cap);
  if (!buf) abort();
  JSStringGetUTF8CString(s, buf, cap);
  return buf;
}

char *nd_cstr(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  JSStringRef s = JSValueToStringCopy(ctx, v, exc);
  if (!s) return NULL;
  char *r = nd_jsstr_cstr(s);
  JSStringRelease(s);
  return r;
}

double nd_tonum(JSContextRef ctx, JSValueRef v) { return JSValueToNumber(ctx, v, NULL); }

JSObjectRef nd_toobj(JSContextRef ctx, JSValueRef v) {
  if (!v || !JSValueIsObject(ctx, v)) return NULL;
  return (JSObjectRef)v;
}

JSValueRef nd_get(JSContextRef ctx, JSObjectRef obj, const char *name) {
  JSStringRef s = JSStringCreateWithUTF8CString(name);
  JSValueRef v = JSObjectGetProperty(ctx, obj, s, NULL);
  JSStringRelease(s);
  return v;
}

static void set_attr(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v,
                     JSPropertyAttributes a) {
  JSStringRef s = JSStringCreateWithUTF8CString(name);
  JSObjectSetProperty(ctx, obj, s, v, a, NULL);
  JSStringRelease(s);
}

void nd_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v) {
  set_attr(ctx, obj, name, v, kJSPropertyAttributeNone);
}

void nd_set_hidden(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v) {
  set_attr(ctx, obj, name, v, kJSPropertyAttributeDontEnum);
}

void nd_set_fns(JSContextRef ctx, JSObjectRef obj, const nd_fn_entry_t *fns, size_t n) {
  for (size_t i = 0; i < n; i++) {
    JSStringRef s = JSStringCreateWithUTF8CString(fns[i].name);
    JSObjectRef f = JSObjectMakeFunctionWithCallback(ctx, s, fns[i].fn);
    JSObjectSetProperty(ctx, obj, s, f, kJSPropertyAttributeNone, NULL);
    JSStringRelease(s);
  }
}

JSObjectRef nd_array(JSContextRef ctx, size_t n, const JSValueRef *items) {
  return JSObjectMakeArray(ctx, n, items, NULL);
}

JSObjectRef nd_str_array(JSContextRef ctx, int n, char *const *items) {
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (int i = 0; i < n; i++)
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, nd_str(ctx, items[i]), NULL);
  return arr;
}

JSValueRef nd_error(JSContextRef ctx, const char *type, const char *code, const char *msg) {
  JSObjectRef global = JSContextGetGlobalObject(ctx);
  JSObjectRef ctor = nd_toobj(ctx, nd_get(ctx, global, type ? type : "Error"));
  JSValueRef arg = nd_str(ctx, msg);
  JSObjectRef err = ctor ? JSObjectCallAsConstructor(ctx, ctor, 1, &arg, NULL)
                         : JSObjectMakeError(ctx, 1, &arg, NULL);
  if (code && err) nd_set(ctx, err, "code", nd_str(ctx, code));
  return err;
}

JSValueRef nd_uv_error(JSContextRef ctx, int err, const char *syscall, const char *path) {
  char msg[1024];
  if (path)
    snprintf(msg, sizeof msg, "%s: %s, %s '%s'", uv_err_name(err), uv_strerror(err), syscall,
             path);
  else
    snprintf(msg, sizeof msg, "%s: %s, %s", uv_err_name(err), uv_strerror(err), syscall);
  /* Node's property order: errno, code, syscall, path */
  JSObjectRef e = (JSObjectRef)nd_error(ctx, "Error", NULL, msg);
  nd_set(ctx, e, "errno", nd_num(ctx, err));
  nd_set(ctx, e, "code", nd_str(ctx, uv_err_name(err)));
  nd_set(ctx, e, "syscall", nd_str(ctx, syscall));
  if (path) nd_set(ctx, e, "path", nd_str(ctx, path));
  return e;
}
