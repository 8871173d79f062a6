/* jsstr: strings built in the engine's own buffer. The public C API copies
 * a string's units into a new engine string (JSStringCreateWithCharacters)
 * and JSValueMakeString copies them once more (OpaqueJSString::string()
 * hands out an isolated copy): three fresh buffers and two copies for one
 * string, which on 50 MB costs more than decoding it. Here the engine
 * allocates the string uninitialized, the caller decodes into it, and JSC
 * wraps that same StringImpl.
 *
 * JSStringCreateWithCharactersNoCopy is no way around the copies: its
 * StringImpl counts as owning its buffer, so the isolated copy shares the
 * caller's memory and the JS string reads it after the caller frees it. */
#include <stdlib.h>
#include <string.h>

#include "rt/jsc_private.h"
#include "rt/jsstr.h"
#include "rt/rt.h"

/* Shorter strings take the public path: two small copies cost less than the
 * extra calls, and JSC wants single characters from its own table. */
#define ND_JSSTR_MIN 16
/* The VM keeps the last string made from a StringImpl alive until the next
 * one; from this length on, a two-unit string replaces it at once. */
#define ND_JSSTR_FORGET (64 * 1024)

#if defined(ND_JSC_STRING_IMPL)
static bool use_engine(size_t len) { return len >= ND_JSSTR_MIN && len <= INT32_MAX; }

static void *engine_alloc(size_t len, bool wide, void **chars) {
  nd_cxx_span_t span = {0};
  void *impl = (wide ? nd_wtf_string_create16 : nd_wtf_string_create8)(len, &span).ptr;
  ND_CHECK(impl && span.data && span.size == len);
  *chars = span.data;
  return impl;
}

/* A JSStringRef owning impl, for the engine to release it. */
static JSStringRef engine_adopt(void *impl) {
  void *string = impl;
  JSStringRef s = nd_jsc_string_adopt(&string).ptr;
  ND_CHECK(s && !string);
  return s;
}

static JSValueRef engine_string(JSContextRef ctx, void *impl) {
  JSStringRef owner = engine_adopt(impl);
  void *vm = (void *)JSContextGetGroup(ctx); /* the group is the VM */
  JSLock(ctx);
  JSValueRef v = nd_jsc_string_with_impl(vm, impl);
  JSUnlock(ctx);
  JSStringRelease(owner);
  return v;
}
#endif

/* The sanitizer builds decode into malloc'd memory, whose bounds ASan
 * checks, and copy it into the engine's buffer at the end. */
#if defined(__SANITIZE_ADDRESS__)
#define ND_JSSTR_DIRECT 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ND_JSSTR_DIRECT 0
#endif
#endif
#ifndef ND_JSSTR_DIRECT
#define ND_JSSTR_DIRECT 1
#endif

void nd_jsstr_alloc(nd_jsstr_t *s, size_t len, bool wide) {
  memset(s, 0, sizeof *s);
  s->len = len;
  s->wide = wide;
  void *chars;
#if defined(ND_JSC_STRING_IMPL)
  if (ND_JSSTR_DIRECT && use_engine(len)) {
    s->impl = engine_alloc(len, wide, &chars);
  } else
#endif
  {
    chars = malloc((len ? len : 1) * (wide ? sizeof(JSChar) : 1));
    ND_CHECK(chars);
  }
  if (wide) s->p16 = chars;
  else s->p8 = chars;
}

JSValueRef nd_jsstr_finish(JSContextRef ctx, nd_jsstr_t *s) {
  JSValueRef v;
#if defined(ND_JSC_STRING_IMPL)
  if (s->impl || use_engine(s->len)) {
    size_t len = s->len;
    v = engine_string(ctx, nd_jsstr_take_impl(s));
    if (len >= ND_JSSTR_FORGET) {
      void *chars;
      void *impl = engine_alloc(2, false, &chars);
      memcpy(chars, "nd", 2);
      engine_string(ctx, impl);
    }
    return v;
  }
#endif
  JSChar *u = s->p16;
  if (!s->wide) {
    u = malloc((s->len ? s->len : 1) * sizeof *u);
    ND_CHECK(u);
    for (size_t i = 0; i < s->len; i++) u[i] = s->p8[i];
  }
  JSStringRef str = JSStringCreateWithCharacters(u, s->len);
  v = JSValueMakeString(ctx, str);
  JSStringRelease(str);
  if (u != s->p16) free(u);
  nd_jsstr_discard(s);
  return v;
}

#if defined(ND_JSC_STRING_IMPL)
void *nd_jsstr_take_impl(nd_jsstr_t *s) {
  void *impl = s->impl;
  if (!impl) {
    void *chars;
    impl = engine_alloc(s->len, s->wide, &chars);
    if (s->len) memcpy(chars, s->wide ? (void *)s->p16 : (void *)s->p8, s->len * (s->wide ? sizeof(JSChar) : 1));
    nd_jsstr_discard(s);
  }
  s->impl = NULL;
  s->p8 = NULL;
  s->p16 = NULL;
  return impl;
}

void *nd_jsstr_impl16(const JSChar *u, size_t n) {
  void *chars;
  void *impl = engine_alloc(n, true, &chars);
  if (n) memcpy(chars, u, n * sizeof *u);
  return impl;
}

void nd_jsstr_impl_release(void *impl) {
  if (impl) JSStringRelease(engine_adopt(impl));
}
#endif

JSValueRef nd_jsstr_copy16(JSContextRef ctx, const JSChar *u, size_t n) {
  nd_jsstr_t s;
  nd_jsstr_alloc(&s, n, true);
  if (n) memcpy(s.p16, u, n * sizeof *u);
  return nd_jsstr_finish(ctx, &s);
}

void nd_jsstr_discard(nd_jsstr_t *s) {
#if defined(ND_JSC_STRING_IMPL)
  if (s->impl) {
    JSStringRelease(engine_adopt(s->impl));
    s->impl = NULL;
    s->p8 = NULL;
    s->p16 = NULL;
    return;
  }
#endif
  free(s->wide ? (void *)s->p16 : (void *)s->p8);
  s->p8 = NULL;
  s->p16 = NULL;
}
