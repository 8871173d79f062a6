/* The built-ins' bytecode cache, per runtime (see bcache.h, bcache_data.h). */
#ifndef ND_RT_BCACHE_LOAD_H
#define ND_RT_BCACHE_LOAD_H

#include "rt/jsc_private.h"
#include "rt/lib.h"
#include "rt/rt.h"

struct nd_bcache_state;

/* Built-in `e` as a script whose bytecode comes from the build's cache;
 * NULL when there is none for it or this engine can't take it (compile
 * from source then). Release it with nd_bcache_script_release. */
JSScriptRef nd_bcache_builtin(nd_rt_t *rt, JSContextRef ctx, const nd_lib_entry_t *e, const char *url);

/* Built-in `e` has run its body: its cache's pages may leave memory. */
void nd_bcache_builtin_ran(nd_rt_t *rt, const nd_lib_entry_t *e);

/* After the runtime's engine context is gone (the engine holds the slots). */
void nd_bcache_state_free(struct nd_bcache_state *s);

#endif
