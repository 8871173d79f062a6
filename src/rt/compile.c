/* Compiling source as a function body. The engine's JSObjectMakeFunction puts
 * two header lines before the body and clamps the starting line to 1, so
 * every line would read two too high; instead the header shares line 1 with
 * the body, padded to a fixed width the stack code subtracts. The text is
 * built once, in the engine's own string buffer (rt/jsstr.c), with 8-bit
 * units when every unit fits (as in ASCII sources: parsed faster than
 * UTF-16); going through the C API's UTF-8 calls would convert the whole
 * source twice.
 *
 * Where the engine build is the one the private declarations were written
 * for, a plain function is compiled the way `new Function` compiles: the
 * text `function anonymous(params) {body\n}` parsed as a declaration and
 * made a function, without the program around it being compiled to
 * bytecode, linked and run (a third of the compile of a small CommonJS
 * module). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "rt/compile.h"
#include "rt/jsc_private.h"
#include "rt/jsstr.h"
#include "rt/rt.h"
#include "rt/value.h"

#if defined(ND_JSC_STRING_IMPL)
/* One direct compile: what the trampoline below passes to the engine. */
typedef struct {
  JSGlobalContextRef global;
  void *program; /* StringImpl references */
  void *url;
} direct_args_t;

static _Thread_local direct_args_t *direct_args;
static _Thread_local void *anonymous_atom; /* JSC::Identifier "anonymous" */

/* Runs the engine's compile under the API lock. Called through
 * JSObjectCallAsFunction, which hands back the exception the engine leaves
 * pending on a syntax error (a C caller has no other way to get it). */
static JSValueRef direct_compile(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                                 const JSValueRef argv[], JSValueRef *exc) {
  (void)fn, (void)self, (void)argc, (void)argv, (void)exc;
  direct_args_t *a = direct_args;
  static const unsigned char null_origin[64]; /* SourceOrigin(): null URL, no fetcher */
  static const int start[2] = {0, 0};          /* TextPosition: line 1, column 1 */
  JSLock(a->global);
  void *f = nd_jsc_construct_function(a->global, &a->program, 0, &anonymous_atom, null_origin,
                                      &a->url, 0, start, -1, 0, 0, 0);
  JSUnlock(a->global);
  return f ? (JSValueRef)f : JSValueMakeUndefined(ctx);
}

static bool direct_usable(void) {
  static int usable = -1;
  if (usable < 0) usable = nd_jsc_private_abi();
  return usable;
}

/* The function of the text in s (`function anonymous(...) {...\n}`), or
 * NULL with *exc set. s is spent. */
static JSObjectRef compile_direct(JSContextRef ctx, nd_jsstr_t *s, JSStringRef url, JSValueRef *exc) {
  nd_rt_t *rt = nd_rt_from_ctx(ctx);
  if (!rt->compile_trampoline) {
    rt->compile_trampoline = JSObjectMakeFunctionWithCallback(rt->ctx, NULL, direct_compile);
    JSValueProtect(rt->ctx, rt->compile_trampoline);
  }
  if (!anonymous_atom) {
    nd_cxx_span_t name = {(void *)"anonymous", 9};
    anonymous_atom = nd_wtf_atom_add8(name).ptr;
    ND_CHECK(anonymous_atom);
  }
  size_t ul = JSStringGetLength(url);
  direct_args_t a = {
      .global = JSContextGetGlobalContext(ctx),
      .program = nd_jsstr_take_impl(s),
      .url = ul ? nd_jsstr_impl16(JSStringGetCharactersPtr(url), ul) : NULL,
  };
  direct_args_t *outer = direct_args;
  direct_args = &a;
  JSValueRef v = JSObjectCallAsFunction(ctx, rt->compile_trampoline, NULL, 0, NULL, exc);
  direct_args = outer;
  nd_jsstr_impl_release(a.program);
  nd_jsstr_impl_release(a.url);
  if (!v || !JSValueIsObject(ctx, v)) return NULL;
  return (JSObjectRef)v;
}
#endif

/* The text `head body footer` in an engine string (s). */
static void build_text(nd_jsstr_t *s, const JSChar *head, size_t hl, JSStringRef body,
                       const char *footer) {
  size_t fl = strlen(footer);
  size_t bl = JSStringGetLength(body);
  const JSChar *b = bl ? JSStringGetCharactersPtr(body) : NULL;
  JSChar all = 0;
  for (size_t i = 0; i < hl; i++) all |= head[i];
  for (size_t i = 0; i < bl; i++) all |= b[i];
  bool wide = all > 0xff;
  nd_jsstr_alloc(s, hl + bl + fl, wide);
  if (wide) {
    memcpy(s->p16, head, hl * sizeof *head);
    if (bl) memcpy(s->p16 + hl, b, bl * sizeof *b);
    for (size_t i = 0; i < fl; i++) s->p16[hl + bl + i] = (unsigned char)footer[i];
  } else {
    for (size_t i = 0; i < hl; i++) s->p8[i] = (uint8_t)head[i];
    uint8_t *d = s->p8 + hl;
    for (size_t i = 0; i < bl; i++) d[i] = (uint8_t)b[i];
    memcpy(s->p8 + hl + bl, footer, fl);
  }
}

/* The script `head body footer`, evaluated: the function it makes, or NULL
 * with *exc set. */
static JSObjectRef script_text(JSContextRef ctx, const JSChar *head, size_t hl, JSStringRef body,
                               JSStringRef url, JSValueRef *exc) {
  nd_jsstr_t s;
  build_text(&s, head, hl, body, ND_WRAPPER_FOOTER);
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

/* The declaration parse's error when the text is more than one
 * declaration. */
static bool is_parser_error(JSContextRef ctx, JSValueRef err) {
  JSValueRef m = nd_get(ctx, (JSObjectRef)err, "message");
  if (!JSValueIsString(ctx, m)) return false;
  JSStringRef s = JSValueToStringCopy(ctx, m, NULL);
  bool is = s && JSStringIsEqualToUTF8CString(s, "Parser error");
  if (s) JSStringRelease(s);
  return is;
}

/* `open` params `) {` padded to ND_WRAPPER_COLUMNS; returns the length. */
static size_t put_head(JSChar *head, const char *open, JSStringRef const *params, size_t nparams) {
  size_t n = put_ascii(head, 0, open);
  for (size_t i = 0; i < nparams; i++) {
    if (i) n = put_ascii(head, n, ", ");
    n = put(head, n, params[i]);
  }
  n = put_ascii(head, n, ") {");
  while (n < ND_WRAPPER_COLUMNS) head[n++] = ' ';
  return n;
}

JSObjectRef nd_compile_function(JSContextRef ctx, JSStringRef body, JSStringRef url,
                                JSStringRef const *params, size_t nparams, JSValueRef *exc) {
  size_t cap = ND_WRAPPER_COLUMNS + sizeof ND_WRAPPER_OPEN + 8;
  for (size_t i = 0; i < nparams; i++) cap += JSStringGetLength(params[i]) + 2;
  JSChar *head = malloc(cap * sizeof *head);
  ND_CHECK(head);
  JSObjectRef f;
#if defined(ND_JSC_STRING_IMPL)
  if (direct_usable()) {
    size_t n = put_head(head, ND_WRAPPER_DECL_OPEN, params, nparams);
    nd_jsstr_t s;
    build_text(&s, head, n, body, ND_WRAPPER_DECL_FOOTER);
    f = compile_direct(ctx, &s, url, exc);
    if (!f && exc && *exc && JSValueIsObject(ctx, *exc) && is_parser_error(ctx, *exc)) {
      /* the body closes the function early (the parse found more than
       * the declaration): V8 names the stray brace */
      nd_set(ctx, (JSObjectRef)*exc, "message", nd_str(ctx, "Unexpected token '}'"));
    }
    free(head);
    return f;
  }
#endif
  size_t n = put_head(head, ND_WRAPPER_OPEN, params, nparams);
  f = script_text(ctx, head, n, body, url, exc);
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
  return script_text(ctx, head, n, body, url, exc);
}
