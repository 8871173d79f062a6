/* The engine's own run loop (its GLib main context), serviced from libuv
 * while the engine has work in flight there. */
#ifndef ND_RT_RUNLOOP_H
#define ND_RT_RUNLOOP_H

#include "rt/rt.h"

/* The run loop's context, made the thread's default: before the engine
 * starts, so that its run loop is this one. */
struct nd_runloop *nd_runloop_new(void);

/* Watches the context from rt's loop (its wakeup fd, its timeouts). */
void nd_runloop_start(nd_rt_t *rt);

/* One more (delta 1) or one less (delta -1) piece of engine work whose end
 * comes back through the engine's run loop (WebAssembly.compile and
 * instantiate). While any is pending the loop stays alive; 0 on success, a
 * negative libuv code when the run loop could not be watched. */
int nd_runloop_hold(nd_rt_t *rt, int delta);
/* Frees what is left once the loop's handles are closed. */
void nd_runloop_free(nd_rt_t *rt);

#endif
