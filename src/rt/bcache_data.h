/* The built-ins' bytecode caches, generated at build time by
 * tools/bcache_gen.c: nd_bcache_spans[i] belongs to nd_lib_entries[i]
 * (len 0: none). nd_bcache_version 0: no cache at all. */
#ifndef ND_RT_BCACHE_DATA_H
#define ND_RT_BCACHE_DATA_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
  size_t offset; /* into nd_bcache_data */
  size_t len;
  size_t text;   /* where in the cache the engine keeps the built-in's text
                    (it compares it with the source), or SIZE_MAX */
} nd_bcache_span_t;

extern const uint8_t nd_bcache_data[] __attribute__((visibility("hidden")));
extern const nd_bcache_span_t nd_bcache_spans[];
extern const uint32_t nd_bcache_version;
/* the start-up modules' caches, which come first: [0, nd_bcache_startup_len) */
extern const size_t nd_bcache_startup_len;

#endif
