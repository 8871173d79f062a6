/* JS strings filled in place: the caller writes the characters straight
 * into the buffer the engine keeps them in, then takes the string. */
#ifndef ND_RT_JSSTR_H
#define ND_RT_JSSTR_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
  void *impl; /* the engine's string (WTF::StringImpl), or NULL: malloc'd units */
  uint8_t *p8;   /* Latin-1 units, when !wide */
  JSChar *p16;   /* UTF-16 units, when wide */
  size_t len;
  bool wide;
} nd_jsstr_t;

/* Room for len units, Latin-1 or UTF-16; the contents start undefined. */
void nd_jsstr_alloc(nd_jsstr_t *s, size_t len, bool wide);
/* The JS string of the units written; s is spent. */
JSValueRef nd_jsstr_finish(JSContextRef ctx, nd_jsstr_t *s);
/* The string of n UTF-16 units copied once, where the public API copies
 * them twice. */
JSValueRef nd_jsstr_copy16(JSContextRef ctx, const JSChar *u, size_t n);
#if defined(__x86_64__) || defined(__aarch64__)
/* The engine string (a WTF::StringImpl reference) of the units written,
 * for engine calls that take one; s is spent. Drop it with
 * nd_jsstr_impl_release. */
void *nd_jsstr_take_impl(nd_jsstr_t *s);
/* The engine string of n UTF-16 units, copied. */
void *nd_jsstr_impl16(const JSChar *u, size_t n);
void nd_jsstr_impl_release(void *impl);
#endif
/* Gives the room back unused. */
void nd_jsstr_discard(nd_jsstr_t *s);

#endif
