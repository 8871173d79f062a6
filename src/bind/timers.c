/* timers: one uv_timer_t armed for the earliest JS timer, and the check/idle
 * pair behind setImmediate. The lists themselves live in lib/internal/timers.js. */
#include "bind/bindings.h"
#include "rt/value.h"

/* Shared with JS as Uint32Array immediateInfo: [count, refCount]. */
enum { ND_IMM_COUNT = 0, ND_IMM_REF_COUNT = 1 };

static nd_timers_t *timers_of(JSContextRef ctx) { return &nd_rt_from_ctx(ctx)->timers; }

static void on_timer(uv_timer_t *h) {
  nd_rt_t *rt = h->loop->data;
  nd_timers_t *t = &rt->timers;
  t->armed_at = 0;
  for (;;) {
    JSValueRef now = nd_num(rt->ctx, (double)uv_now(&rt->loop));
    JSValueRef r = nd_call_raw(rt, t->process_timers, 1, &now);
    nd_drain_ticks(rt);
    if (!r || JSValueIsBoolean(rt->ctx, r)) continue; /* ran one callback */
    double next = nd_tonum(rt->ctx, r);
    if (next == 0 || next != next) return;
    double abs = next < 0 ? -next : next;
    double delay = abs - (double)uv_now(&rt->loop);
    if (delay < 1) delay = 1;
    uv_timer_start(&t->timer, on_timer, (uint64_t)delay, 0);
    t->armed_at = abs;
    if (next > 0)
      uv_ref((uv_handle_t *)&t->timer);
    else
      uv_unref((uv_handle_t *)&t->timer);
    return;
  }
}

static void on_check(uv_check_t *h) {
  nd_rt_t *rt = h->loop->data;
  nd_timers_t *t = &rt->timers;
  uint32_t *info = (uint32_t *)t->immediate_info;
  if (info[ND_IMM_COUNT] == 0) return;
  for (;;) {
    JSValueRef r = nd_call_raw(rt, t->process_immediate, 0, NULL);
    nd_drain_ticks(rt);
    if (r && !JSValueToBoolean(rt->ctx, r)) break;
  }
  if (info[ND_IMM_REF_COUNT] == 0) uv_idle_stop(&t->idle);
}

static void on_idle(uv_idle_t *h) {}

/* scheduleTimer(ms): arm the uv timer ms from now (libuv time). */
static ND_FN(timers_schedule) {
  nd_rt_t *rt = nd_rt_from_ctx(ctx);
  nd_timers_t *t = &rt->timers;
  double ms = nd_tonum(ctx, ND_ARG(0));
  if (!(ms >= 1)) ms = 1;
  uv_timer_start(&t->timer, on_timer, (uint64_t)ms, 0);
  t->armed_at = (double)uv_now(&rt->loop) + ms;
  return JSValueMakeUndefined(ctx);
}

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

/* getLibuvNow(): the loop's clock in ms, updated first as Node does. */
static ND_FN(timers_now) {
  nd_rt_t *rt = nd_rt_from_ctx(ctx);
  uv_update_time(&rt->loop);
  return nd_num(ctx, (double)uv_now(&rt->loop));
}

/* setup(processTimers, processImmediate) */
static ND_FN(timers_setup) {
  nd_timers_t *t = timers_of(ctx);
  JSObjectRef pt = nd_toobj(ctx, ND_ARG(0)), pi = nd_toobj(ctx, ND_ARG(1));
  if (!pt || !pi) return JSValueMakeUndefined(ctx);
  JSValueProtect(ctx, pt);
  JSValueProtect(ctx, pi);
  t->process_timers = pt;
  t->process_immediate = pi;
  return JSValueMakeUndefined(ctx);
}

void nd_timers_init(nd_rt_t *rt, JSObjectRef target) {
  nd_timers_t *t = &rt->timers;
  uv_timer_init(&rt->loop, &t->timer);
  uv_check_init(&rt->loop, &t->check);
  uv_idle_init(&rt->loop, &t->idle);
  uv_check_start(&t->check, on_check);
  uv_unref((uv_handle_t *)&t->check);
  static const nd_fn_entry_t fns[] = {
      {"scheduleTimer", timers_schedule},
      {"toggleTimerRef", timers_toggle_timer_ref},
      {"toggleImmediateRef", timers_toggle_immediate_ref},
      {"getLibuvNow", timers_now},
      {"setup", timers_setup},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
  JSObjectRef info = JSObjectMakeTypedArrayWithBytesNoCopy(
      rt->ctx, kJSTypedArrayTypeUint32Array, t->immediate_info, sizeof t->immediate_info, NULL,
      NULL, NULL);
  nd_set(rt->ctx, target, "immediateInfo", info);
}
