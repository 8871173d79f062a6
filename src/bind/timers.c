/* timers: one uv_timer_t armed for the earliest JS timer, and the check/idle
 * pair behind setImmediate. The lists live in lib/internal/timers.js; C
 * calls its step functions once per callback, so the engine drains the
 * microtask queue between callbacks (DESIGN.md "The event loop"). */
#include <math.h>

#include "bind/bindings.h"
#include "rt/value.h"

/* Shared with JS (no call needed to read them): Uint32Array immediateInfo
 * and Float64Array timerInfo. */
enum { ND_IMM_COUNT = 0, ND_IMM_REF_COUNT = 1, ND_IMM_HAS_OUTSTANDING = 2 };
enum { ND_TIMER_RAN_ONE = 0, ND_TIMER_NEXT_EXPIRY = 1, ND_TIMER_NOW = 2 };

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
  /* each step runs one due timer and leaves ranOne set, or clears it and
   * leaves the next expiry (an error that escaped was reported already: go
   * on, as Node does) */
  do {
    t->timer_info[ND_TIMER_RAN_ONE] = 1;
    nd_call_raw(rt, t->process_timers, 1, &now);
    nd_drain_ticks(rt);
  } while (t->timer_info[ND_TIMER_RAN_ONE] != 0);
  JSValueUnprotect(rt->ctx, now);
  double next = t->timer_info[ND_TIMER_NEXT_EXPIRY];
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
  do {
    nd_call_raw(rt, t->process_immediate, 0, NULL);
    nd_drain_ticks(rt);
  } while (t->immediate_info[ND_IMM_HAS_OUTSTANDING] != 0);
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

/* updateNow(): timerInfo[now] = the loop clock, refreshed. It answers
 * through shared memory because making a return value costs the engine
 * another lock round trip, and every setTimeout asks. */
static ND_FN(timers_update_now) {
  nd_rt_t *rt = nd_rt_from_ctx(ctx);
  rt->timers.timer_info[ND_TIMER_NOW] = timers_now_ms(rt);
  return NULL;
}

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
      {"updateNow", timers_update_now},
      {"setup", timers_setup},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
  JSObjectRef info = JSObjectMakeTypedArrayWithBytesNoCopy(
      rt->ctx, kJSTypedArrayTypeUint32Array, t->immediate_info, sizeof t->immediate_info, NULL,
      NULL, NULL);
  nd_set(rt->ctx, target, "immediateInfo", info);
  info = JSObjectMakeTypedArrayWithBytesNoCopy(rt->ctx, kJSTypedArrayTypeFloat64Array,
                                               t->timer_info, sizeof t->timer_info, NULL, NULL,
                                               NULL);
  nd_set(rt->ctx, target, "timerInfo", info);
}
