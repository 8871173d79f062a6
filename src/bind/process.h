/* The process binding's parts in other files: env.c, stdio.c, and the
 * options (src/cli) it hands to JS. */
#ifndef ND_BIND_PROCESS_H
#define ND_BIND_PROCESS_H

#include "rt/rt.h"
#include "rt/value.h"

JSObjectRef nd_env_make(JSContextRef ctx);
ND_FN(nd_process_parse_env);
ND_FN(nd_process_load_env_file);
ND_FN(nd_process_guess_handle_type);
ND_FN(nd_process_get_window_size);
ND_FN(nd_process_write_sync);

#endif
