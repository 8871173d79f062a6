/* The JavaScript of lib/, embedded at build time by tools/js2c.c. */
#ifndef ND_RT_LIB_H
#define ND_RT_LIB_H

#include <stddef.h>

typedef struct {
  const char *id; /* "fs", "internal/errors" */
  const char *src;
  size_t len;
} nd_lib_entry_t;

extern const nd_lib_entry_t nd_lib_entries[]; /* sorted by id */
extern const size_t nd_lib_count;
/* how many of them every start loads (tools/startup-modules.txt): their
 * texts, and their bytecode caches, come first and together */
extern const size_t nd_lib_startup_count;

const nd_lib_entry_t *nd_lib_find(const char *id);

#endif
