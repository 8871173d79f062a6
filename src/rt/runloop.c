/* JavaScriptCore finishes some work through its run loop, a GLib main
 * context: WebAssembly.compile and instantiate compile on the engine's
 * threads and settle their promise from a run-loop timer, and
 * FinalizationRegistry callbacks are queued there by the collector. nodus
 * runs libuv, not GLib, so the context (made the thread's default before
 * the engine starts, so that the engine's run loop is this one) is
 * dispatched from libuv: scheduling run-loop work from any thread signals
 * the context's wakeup fd, which a poll handle watches, and the context's
 * next timeout arms a timer. Both are unref'd: the engine's timers keep no
 * process alive, only pending WebAssembly work does (as in Node). */
#include "rt/runloop.h"

#include <glib.h>
#include <stdbool.h>
#include <stdlib.h>

/* the context's fds (its wakeup eventfd; a few at most) */
#define ND_RUNLOOP_FDS 4

struct nd_runloop {
  GMainContext *gctx;
  uv_poll_t polls[ND_RUNLOOP_FDS];
  int npolls;
  uv_timer_t timer; /* the context's next timeout */
  bool started;
  int pending;
};

static void on_timer(uv_timer_t *h);

/* The context's fds and next timeout (ms, -1 for none), by a cycle of its
 * prepare, query and check with nothing polled; the fd count. */
static int query(struct nd_runloop *r, GPollFD *fds, gint *timeout) {
  *timeout = -1;
  if (!g_main_context_acquire(r->gctx)) return 0;
  gint prio;
  g_main_context_prepare(r->gctx, &prio);
  gint n = g_main_context_query(r->gctx, G_MAXINT, timeout, fds, ND_RUNLOOP_FDS);
  if (n > ND_RUNLOOP_FDS) n = ND_RUNLOOP_FDS;
  for (gint i = 0; i < n; i++) fds[i].revents = 0;
  g_main_context_check(r->gctx, G_MAXINT, fds, n);
  g_main_context_release(r->gctx);
  return n;
}

/* Runs what is ready (a non-blocking iteration polls the fds with timeout
 * 0, acknowledging a wakeup; the engine drains its microtasks as its
 * callbacks return), then the ticks they queued; re-arms the timer for the
 * context's next timeout. */
static void dispatch(nd_rt_t *rt) {
  struct nd_runloop *r = rt->runloop;
  for (int i = 0; i < 16 && g_main_context_iteration(r->gctx, FALSE); i++) {
  }
  nd_drain_ticks(rt);
  gint timeout = -1;
  GPollFD fds[ND_RUNLOOP_FDS];
  query(r, fds, &timeout);
  if (timeout >= 0) uv_timer_start(&r->timer, on_timer, (uint64_t)timeout, 0);
  else uv_timer_stop(&r->timer);
}

static void on_poll(uv_poll_t *h, int status, int events) {
  (void)status, (void)events;
  dispatch(h->loop->data);
}

static void on_timer(uv_timer_t *h) { dispatch(h->loop->data); }

struct nd_runloop *nd_runloop_new(void) {
  struct nd_runloop *r = calloc(1, sizeof *r);
  ND_CHECK(r);
  r->gctx = g_main_context_new();
  g_main_context_push_thread_default(r->gctx);
  return r;
}

void nd_runloop_start(nd_rt_t *rt) {
  struct nd_runloop *r = rt->runloop;
  if (!r || r->started) return;
  r->started = true;
  gint timeout;
  GPollFD fds[ND_RUNLOOP_FDS];
  int n = query(r, fds, &timeout);
  for (int i = 0; i < n; i++) {
    uv_poll_t *p = &r->polls[r->npolls];
    if (uv_poll_init(&rt->loop, p, fds[i].fd) != 0) continue;
    uv_poll_start(p, UV_READABLE, on_poll);
    uv_unref((uv_handle_t *)p);
    r->npolls++;
  }
  uv_timer_init(&rt->loop, &r->timer);
  uv_unref((uv_handle_t *)&r->timer);
}

int nd_runloop_hold(nd_rt_t *rt, int delta) {
  struct nd_runloop *r = rt->runloop;
  if (!r || r->npolls == 0) return UV_EINVAL;
  int was = r->pending;
  r->pending += delta;
  if (r->pending < 0) r->pending = 0;
  /* alive while pending: the wakeup fd's poll handle is ref'd */
  if ((was == 0) != (r->pending == 0)) {
    for (int i = 0; i < r->npolls; i++) {
      if (r->pending > 0) uv_ref((uv_handle_t *)&r->polls[i]);
      else uv_unref((uv_handle_t *)&r->polls[i]);
    }
  }
  return 0;
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
