/* What the two spawn bindings (spawn_sync.c, process_wrap.c) read alike
 * from the options lib/internal/child_process.js normalized: file, args,
 * cwd, envPairs, uid, gid, detached, windowsHide. */
#ifndef ND_BIND_SPAWN_OPTIONS_H
#define ND_BIND_SPAWN_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "rt/rt.h"

/* the strings uv_process_options_t points at, owned here */
typedef struct {
  char *file;
  char **args;
  char **env;
  char *cwd;
} nd_spawn_strings_t;

bool nd_is_nullish(JSContextRef ctx, JSValueRef v);
/* JS ToInt32: NaN and infinities are 0, the rest wraps; never a UB cast. */
int32_t nd_to_int32(JSContextRef ctx, JSValueRef v);

/* Fills po and s from the options object; false with *exc set when a
 * string could not be read. Free s with nd_spawn_strings_free either way. */
bool nd_spawn_options_read(JSContextRef ctx, JSObjectRef o, nd_spawn_strings_t *s,
                           uv_process_options_t *po, JSValueRef *exc);
void nd_spawn_strings_free(nd_spawn_strings_t *s);

#endif
