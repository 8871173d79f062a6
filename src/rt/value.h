/* Small helpers over the JavaScriptCore C API: strings, properties, errors. */
#ifndef ND_RT_VALUE_H
#define ND_RT_VALUE_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stddef.h>

#define ND_FN(name)                                                         \
  JSValueRef name(JSContextRef ctx, JSObjectRef callee, JSObjectRef self,      \
                  size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define ND_ARG(i) ((i) < argc ? argv[i] : JSValueMakeUndefined(ctx))

typedef struct {
  const char *name;
  JSObjectCallAsFunctionCallback fn;
} nd_fn_entry_t;

JSValueRef nd_str(JSContextRef ctx, const char *utf8);
JSValueRef nd_strn(JSContextRef ctx, const char *utf8, size_t len);
JSValueRef nd_num(JSContextRef ctx, double v);
/* A malloc'd UTF-8 copy of ToString(v), or NULL with *exc set. */
char *nd_cstr(JSContextRef ctx, JSValueRef v, JSValueRef *exc);
/* Same for a JSStringRef; never fails. */
char *nd_jsstr_cstr(JSStringRef s);
double nd_tonum(JSContextRef ctx, JSValueRef v);
JSObjectRef nd_toobj(JSContextRef ctx, JSValueRef v);

JSValueRef nd_get(JSContextRef ctx, JSObjectRef obj, const char *name);
void nd_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v);
void nd_set_hidden(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v);
void nd_set_fns(JSContextRef ctx, JSObjectRef obj, const nd_fn_entry_t *fns, size_t n);
JSObjectRef nd_array(JSContextRef ctx, size_t n, const JSValueRef *items);
/* An array of strings from a C string vector. */
JSObjectRef nd_str_array(JSContextRef ctx, int n, char *const *items);

/* Builds an Error (TypeError when type is "TypeError"...) with an optional code. */
JSValueRef nd_error(JSContextRef ctx, const char *type, const char *code, const char *msg);
/* A Node system error from a negative libuv code: message
 * "ENOENT: no such file or directory, open 'x'", with errno, code, syscall, path. */
JSValueRef nd_uv_error(JSContextRef ctx, int err, const char *syscall, const char *path);

#endif
