/* JavaScriptCore finishes some work through its run loop, the main thread's
 * GLib main context: WebAssembly.compile and instantiate compile on the
 * engine's threads and settle their promise from a run-loop timer. nodus
 * runs libuv, not GLib, so that context is dispatched from here: when its
 * wakeup fd turns readable (work finished on another thread) and, while
 * some work is pending, on every loop turn (work made ready on this thread
 * sets no wakeup). The handles exist from the first such work on; the
 * pending count is what keeps the process alive, as Node's pending
 * compilations do. */
#include "rt/runloop.h"

#include <glib.h>
#include <stdbool.h>
#include <stdlib.h>

/* the context's fds (the wakeup eventfd; a few at most) */
#define ND_RUNLOOP_FDS 4

struct nd_runloop {
  GMainContext *gctx;
  uv_poll_t polls[ND_RUNLOOP_FDS];
  int npolls;
  uv_prepare_t prepare;
  int pending;
  bool started;
};

static void dispatch(nd_rt_t *rt) {
  struct nd_runloop *r = rt->runloop;
  /* a non-blocking iteration: polls the context's fds with timeout 0
   * (acknowledging a wakeup) and runs what is ready; the engine drains
   * its microtasks as its callbacks return */
  for (int i = 0; i < 16 && g_main_context_iteration(r->gctx, FALSE); i++) {
  }
  nd_drain_ticks(rt);
}

static void on_poll(uv_poll_t *h, int status, int events) {
  (void)status, (void)events;
  dispatch(h->loop->data);
}

static void on_prepare(uv_prepare_t *h) { dispatch(h->loop->data); }

struct nd_runloop *nd_runloop_new(void) {
  struct nd_runloop *r = calloc(1, sizeof *r);
  ND_CHECK(r);
  /* the engine's run loop takes the thread's default context when it is
   * made (else one of its own, out of reach) */
  r->gctx = g_main_context_new();
  g_main_context_push_thread_default(r->gctx);
  return r;
}

/* Watches the context's fds from the loop (from the first hold on). */
static int runloop_start(nd_rt_t *rt) {
  struct nd_runloop *r = rt->runloop;
  gint prio = G_MAXINT, timeout;
  GPollFD fds[ND_RUNLOOP_FDS];
  g_main_context_acquire(r->gctx);
  g_main_context_prepare(r->gctx, &prio);
  gint n = g_main_context_query(r->gctx, G_MAXINT, &timeout, fds, ND_RUNLOOP_FDS);
  g_main_context_release(r->gctx);
  if (n > ND_RUNLOOP_FDS) n = ND_RUNLOOP_FDS;
  for (gint i = 0; i < n; i++) {
    if (uv_poll_init(&rt->loop, &r->polls[r->npolls], fds[i].fd) != 0) continue;
    uv_poll_start(&r->polls[r->npolls], UV_READABLE, on_poll);
    uv_unref((uv_handle_t *)&r->polls[r->npolls]);
    r->npolls++;
  }
  uv_prepare_init(&rt->loop, &r->prepare);
  r->started = true;
  return r->npolls > 0 ? 0 : UV_EINVAL;
}

int nd_runloop_hold(nd_rt_t *rt, int delta) {
  struct nd_runloop *r = rt->runloop;
  if (!r) return UV_EINVAL;
  if (!r->started) runloop_start(rt);
  int was = r->pending;
  r->pending += delta;
  if (r->pending < 0) r->pending = 0;
  if (was == 0 && r->pending > 0) {
    /* alive while pending: the prepare handle (ref'd) runs each turn */
    uv_prepare_start(&r->prepare, on_prepare);
  } else if (was > 0 && r->pending == 0) {
    uv_prepare_stop(&r->prepare);
  }
  return r->npolls > 0 ? 0 : UV_EINVAL;
}

void nd_runloop_free(nd_rt_t *rt) {
  /* the handles were closed with every other one (nd_rt_free) */
  struct nd_runloop *r = rt->runloop;
  if (!r) return;
  g_main_context_pop_thread_default(r->gctx);
  g_main_context_unref(r->gctx);
  free(r);
  rt->runloop = NULL;
}
