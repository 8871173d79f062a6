/* timers: one uv_timer_t armed for the earliest JS timer, and the check/idle
 * pair behind setImmediate. The lists live in lib/internal/timers.js; C
 * calls its step functions once per callback, so the engine drains the
 * microtask queue between callbacks (DESIGN.md "The event loop"). */
#include <math.h>
#include <time.h>

#include "bind/bindings.h"
#include "rt/value.h"

/* Shared with JS (no call needed to read them): Uint32Array immediateInfo
 * and Float64Array timerInfo. */
enum { ND_IMM_COUNT = 0, ND_IMM_REF_COUNT = 1, ND_IMM_HAS_OUTSTANDING = 2 };
enum { ND_TIMER_RAN_ONE = 0, ND_TIMER_NEXT_EXPIRY = 1, ND_TIMER_NOW = 2, ND_TIMER_WALL_MS = 3 };

static nd_timers_t *timers_of(JSContextRef ctx) { return &nd_rt_from_ctx(ctx)->timers; }

/* The timer clock: whole milliseconds of the monotonic clock since base_ns,
 * as Node's getLibuvNow (a Timeout's _idleStart is on this scale).
 *
 * Every setTimeout reads it, and a call from JS into C costs the engine a
 * lock round trip, several times what the work costs. So each reading also
 * tells JS how long it stays true in terms of Date.now(), which JS reads
 * without leaving the engine: timerInfo[nowWallMs] is the Date.now() value
 * during which `now` cannot change, or NaN. The realtime and monotonic
 * clocks advance together (only a clock step moves one against the other),
 * and base_ns is chosen so that our millisecond ticks fall just after
 * Date.now()'s, so that holds for nearly the whole of each millisecond. */
enum { ND_MS = 1000000, ND_TICK_AFTER_WALL_NS = 50000, ND_WALL_SLACK_NS = 2000 };

static int64_t wall_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void clock_init(nd_timers_t *t) {
  int64_t mono = (int64_t)uv_hrtime();
  int64_t offset = wall_ns() - mono;
  int64_t phase = ((mono + offset - ND_TICK_AFTER_WALL_NS) % ND_MS + ND_MS) % ND_MS;
  t->base_ns = (uint64_t)(mono - phase);
}

/* Reads the clock and publishes it to JS; returns it. */
static double clock_read(nd_timers_t *t) {
  int64_t mono = (int64_t)uv_hrtime();
  int64_t wall = wall_ns();
  int64_t now = (mono - (int64_t)t->base_ns) / ND_MS;
  int64_t next_tick_wall = wall + ((int64_t)t->base_ns + (now + 1) * ND_MS - mono);
  int64_t wall_ms = wall / ND_MS;
  t->timer_info[ND_TIMER_NOW] = (double)now;
  t->timer_info[ND_TIMER_WALL_MS] =
      next_tick_wall >= (wall_ms + 1) * ND_MS + ND_WALL_SLACK_NS ? (double)wall_ms : NAN;
  return (double)now;
}

static void run_timers(nd_rt_t *rt);
static void on_timer(uv_timer_t *h);

/* Node runs on libuv >= 1.45, whose loop iteration ends with the timers
 * phase and then decides whether to go on; older ones (Debian 12 has 1.44)
 * decide after the close phase and run timers first in the next iteration.
 * The phases come in the same cycle either way; only the exit point
 * differs. So with an older libuv: when a timers phase after a check phase
 * leaves the loop dead, skip the check phase that follows (Node's loop has
 * ended there; its first timers phase of a uv_run comes before the loop
 * and is not followed by a liveness check), and when a check phase leaves
 * it dead, run the due timers first (Node's loop runs them before it ends). */
#define ND_LIBUV_TIMERS_LAST (UV_VERSION_HEX >= 0x012d00)

void nd_timers_before_run(nd_rt_t *rt) {
  rt->timers.after_check = false;
  rt->timers.skip_check = false;
}

static void end_after_timers(nd_rt_t *rt) {
#if !ND_LIBUV_TIMERS_LAST
  if (rt->timers.after_check && !uv_loop_alive(&rt->loop)) {
    rt->timers.skip_check = true;
    uv_stop(&rt->loop);
  }
#else
  (void)rt;
#endif
}

static void timers_before_end(nd_rt_t *rt) {
#if !ND_LIBUV_TIMERS_LAST
  uv_timer_t *h = &rt->timers.timer;
  if (uv_loop_alive(&rt->loop) || !uv_is_active((uv_handle_t *)h)) return;
  uv_update_time(&rt->loop);
  if (uv_timer_get_due_in(h) > 0) return;
  uv_timer_stop(h);
  run_timers(rt);
#else
  (void)rt;
#endif
}

/* Arms the uv timer for timer time `expiry`: libuv counts whole ms of its
 * own clock, so it fires at the first of its ms at or after ours. */
static void arm(nd_rt_t *rt, double expiry) {
  nd_timers_t *t = &rt->timers;
  uv_update_time(&rt->loop);
  if (!(expiry >= 0 && expiry < 1e12)) expiry = 0;
  int64_t target_ns = (int64_t)t->base_ns + (int64_t)ceil(expiry) * ND_MS;
  int64_t delay = (target_ns + ND_MS - 1) / ND_MS - (int64_t)uv_now(&rt->loop);
  uv_timer_start(&t->timer, on_timer, delay >= 1 ? (uint64_t)delay : 1, 0);
}

/* The timers phase: runs the due timers, then re-arms the uv timer. */
static void run_timers(nd_rt_t *rt) {
  nd_timers_t *t = &rt->timers;
  uv_timer_t *h = &t->timer;
  /* one clock reading for the whole batch: timers started by the callbacks
   * run in a later batch, never in this one */
  JSValueRef now = nd_num(rt->ctx, clock_read(t));
  JSValueProtect(rt->ctx, now);
  /* each step runs one due timer and leaves ranOne set, or clears it and
   * leaves the next expiry: positive while ref'd timers exist, negative if
   * only unref'd ones, 0 for none (an error that escaped was reported
   * already: go on, as Node does) */
  do {
    t->timer_info[ND_TIMER_RAN_ONE] = 1;
    nd_call_raw(rt, t->process_timers, 1, &now);
    nd_drain_ticks(rt);
  } while (t->timer_info[ND_TIMER_RAN_ONE] != 0);
  JSValueUnprotect(rt->ctx, now);
  double next = t->timer_info[ND_TIMER_NEXT_EXPIRY];
  if (next == 0 || isnan(next)) {
    uv_unref((uv_handle_t *)h);
  } else {
    arm(rt, fabs(next));
    if (next > 0)
      uv_ref((uv_handle_t *)h);
    else
      uv_unref((uv_handle_t *)h);
  }
}

static void on_timer(uv_timer_t *h) {
  nd_rt_t *rt = h->loop->data;
  run_timers(rt);
  end_after_timers(rt);
}

static void on_check(uv_check_t *h) {
  nd_rt_t *rt = h->loop->data;
  nd_timers_t *t = &rt->timers;
  if (t->skip_check) {
    t->skip_check = false;
    return;
  }
  t->after_check = true;
  if (t->immediate_info[ND_IMM_COUNT] != 0) {
    do {
      nd_call_raw(rt, t->process_immediate, 0, NULL);
      nd_drain_ticks(rt);
    } while (t->immediate_info[ND_IMM_HAS_OUTSTANDING] != 0);
    if (t->immediate_info[ND_IMM_REF_COUNT] == 0) uv_idle_stop(&t->idle);
  }
  timers_before_end(rt);
}

static void on_idle(uv_idle_t *h) {}

/* scheduleTimer(expiry): arm the uv timer for that timer time. */
static ND_FN(timers_schedule) {
  arm(nd_rt_from_ctx(ctx), nd_tonum(ctx, ND_ARG(0)));
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

/* updateNow(): reads the clock into timerInfo. It answers through shared
 * memory because making a return value costs another lock round trip. */
static ND_FN(timers_update_now) {
  clock_read(timers_of(ctx));
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
  clock_init(t);
  clock_read(t);
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
