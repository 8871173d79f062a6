/* Bytecode cache for the built-in modules: the engine's own serialized
 * bytecode (generated at build time) handed back to it when a built-in is
 * compiled, so a start parses and compiles none of lib/.
 *
 * The engine's public C API has no entry point for this; the engine itself
 * has one (a source provider that returns cached bytecode). bcache.cpp
 * reaches it through declarations of the few engine types involved, laid out
 * as in the exact engine build the cache was generated with, and checked
 * against it before use: anything unexpected and the cache is not used. */
#ifndef ND_RT_BCACHE_H
#define ND_RT_BCACHE_H

#include <stddef.h>
#include <stdint.h>

#include "rt/jsc_private.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The engine build's cache version (a hash of the library's build id):
 * caches made under another version are never used. */
uint32_t nd_bcache_engine_version(void);

/* 1 when this process can hand cached bytecode to the engine (the engine
 * matches the layout bcache.cpp was written for). Costs a tiny compile:
 * callers keep the answer. */
int nd_bcache_usable(JSContextRef ctx);

/* The memory a script's cached bytecode is described in for the engine:
 * one zeroed block of this size per runtime and built-in, kept until the
 * runtime's engine context is gone (the engine holds on to it). */
size_t nd_bcache_slot_size(void);

/* A script over immortal ASCII text whose compilation comes from `cache`
 * (immortal too), described in `slot`. Evaluate it with JSScriptEvaluate,
 * then drop it with nd_bcache_script_release (never JSScriptRelease).
 * Only after nd_bcache_usable() said yes. */
JSScriptRef nd_bcache_script_new(JSContextRef ctx, const char *url, const char *src, size_t len,
                                 void *slot, const uint8_t *cache, size_t cache_len);
void nd_bcache_script_release(JSScriptRef script);

/* Compiles `src` (every function in it) and serializes the result into a
 * malloc'd buffer. Returns 0, or -1 when the engine layout is unexpected or
 * the source does not compile. */
int nd_bcache_generate(JSContextRef ctx, const char *url, const char *src, size_t len,
                       uint8_t **out, size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif
