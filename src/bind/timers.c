/* timers: one uv_timer_t armed for the earliest JS timer, and the check/idle
 * pair behind setImmediate. The lists live in lib/internal/timers.js; C
 * calls its step functions once per callback, so the engine drains the
 * microtask queue between callbacks (DESIGN.md "The event loop"). */
#include <math.h>

#include "bind/bindings.h"
#include "rt/value.h"

/* Shared with JS as Uint32Array immediateInfo. */
enum { ND_IMM_COUNT = 0, ND_IMM_REF_COUNT = 1 };

static nd_timers_t *timers_of(JSContextRef ctx) { return &nd_rt_from_ctx(ctx)->timers; }

/* The loop clock, refreshed, in ms since the runtime started (Node's
 * getLibuvNow; a Timeout's _idleStart is on this scale). */
static double timers_now_ms(nd_rt_t *rt) {
  uv_update_time(&rt->loop);
  return (double)(uv_now(&rt->loop) - rt->timers.base);
}

static void on_timer(uv_timer_t *h) {
  nd_rt_t *rt = h->loop->data;
  nd_timers_t *t = &rt->timers;
  /* one clock reading for the whole batch: timers started by the callbacks
   * run in a later batch, never in this one */
  JSValueRef now = nd_num(rt->ctx, timers_now_ms(rt));
  JSValueProtect(rt->ctx, now);
  JSValueRef r;
  /* true: it ran a callback, call again; a number: the next expiry (an
   * escaped error was reported already: go on, as Node does) */
  do {
    r = nd_call_raw(rt, t->process_timers, 1, &now);
    nd_drain_ticks(rt);
  } while (!r || JSValueIsBoolean(rt->ctx, r));
  JSValueUnprotect(rt->ctx, now);
  double next = nd_tonum(rt->ctx, r);
  if (next == 0 || isnan(next)) {
    uv_unref((uv_handle_t *)h);
    return;
  }
  double delay = fabs(next) - timers_now_ms(rt);
  uv_timer_start(h, on_timer, delay >= 1 ? (uint64_t)delay : 1, 0);
  if (next > 0)
    uv_ref((uv_handle_t *)h);
  else
    uv_unref((uv_handle_t *)h);
}

static void on_check(uv_check_t *h) {
  nd_rt_t *rt = h->loop->data;
  nd_timers_t *t = &rt->timers;
  if (t->immediate_info[ND_IMM_COUNT] == 0) return;
  for (;;) {
    JSValueRef r = nd_call_raw(rt, t->process_immediate, 0, NULL);
    nd_drain_ticks(rt);
    if (!r || !JSValueToBoolean(rt->ctx, r)) break;
  }
  if (t->immediate_info[ND_IMM_REF_COUNT] == 0) uv_idle_stop(&t->idle);
}

static void on_idle(uv_idle_t *h) {}

/* scheduleTimer(ms): arm the uv timer ms from now. */
static ND_FN(timers_schedule) {
  nd_timers_t *t = timers_of(ctx);
  double ms = nd_tonum(ctx, ND_ARG(0));
  uv_timer_start(&t->timer, on_timer, ms >= 1 && ms < 4294967296.0 ? (uint64_t)ms : 1, 0);
  return JSValueMakeUndefined(ctx);
}

/* toggleTimerRef(on): whether ref'd Timeouts exist. */
static ND_FN(timers_toggle_timer_ref) {
  nd_timers_t *t = timers_of(ctx);
  if (JSValueToBoolean(ctx, ND_ARG(0)))
    uv_ref((uv_handle_t *)&t->timer);
  else
    uv_unref((uv_handle_t *)&t->timer);
  return JSValueMakeUndefined(ctx);
}

/* toggleImmediateRef(on): a running idle handle keeps the loop alive and
 * stops poll from blocking while ref'd immediates wait. */
static ND_FN(timers_toggle_immediate_ref) {
  nd_timers_t *t = timers_of(ctx);
  if (JSValueToBoolean(ctx, ND_ARG(0)))
    uv_idle_start(&t->idle, on_idle);
  else
    uv_idle_stop(&t->idle);
  return JSValueMakeUndefined(ctx);
}

static ND_FN(timers_get_libuv_now) { return nd_num(ctx, timers_now_ms(nd_rt_from_ctx(ctx))); }

/* setup(processTimers, processImmediate): the step functions. */
static ND_FN(timers_setup) {
  nd_timers_t *t = timers_of(ctx);
  JSObjectRef pt = nd_toobj(ctx, ND_ARG(0)), pi = nd_toobj(ctx, ND_ARG(1));
  if (!pt || !pi || t->process_timers) return JSValueMakeUndefined(ctx);
  JSValueProtect(ctx, pt);
  JSValueProtect(ctx, pi);
  t->process_timers = pt;
  t->process_immediate = pi;
  return JSValueMakeUndefined(ctx);
}

void nd_timers_init(nd_rt_t *rt, JSObjectRef target) {
  nd_timers_t *t = &rt->timers;
  uv_update_time(&rt->loop);
  t->base = uv_now(&rt->loop);
  uv_timer_init(&rt->loop, &t->timer);
  uv_unref((uv_handle_t *)&t->timer); /* ref'd only while ref'd Timeouts exist */
  uv_check_init(&rt->loop, &t->check);
  uv_idle_init(&rt->loop, &t->idle);
  uv_check_start(&t->check, on_check);
  uv_unref((uv_handle_t *)&t->check);
  static const nd_fn_entry_t fns[] = {
      {"scheduleTimer", timers_schedule},
      {"toggleTimerRef", timers_toggle_timer_ref},
      {"toggleImmediateRef", timers_toggle_immediate_ref},
      {"getLibuvNow", timers_get_libuv_now},
      {"setup", timers_setup},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
  JSObjectRef info = JSObjectMakeTypedArrayWithBytesNoCopy(
      rt->ctx, kJSTypedArrayTypeUint32Array, t->immediate_info, sizeof t->immediate_info, NULL,
      NULL, NULL);
  nd_set(rt->ctx, target, "immediateInfo", info);
}
