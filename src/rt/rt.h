/* The runtime: one per thread. Holds the engine context, the libuv loop and
 * every piece of mutable state; nothing mutable lives in C globals. */
#ifndef ND_RT_RT_H
#define ND_RT_RT_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <uv.h>

/* Impossible states abort with file:line; possible ones (user input, OS
 * errors) are errors, never ND_CHECKs. */
#define ND_CHECK(expr)                                                       \
  do {                                                                       \
    if (!(expr)) {                                                           \
      fprintf(stderr, "nodus: %s:%d: check failed: %s\n", __FILE__, __LINE__, \
              #expr);                                                        \
      abort();                                                               \
    }                                                                        \
  } while (0)

#define ND_COUNTOF(a) (sizeof(a) / sizeof((a)[0]))

/* Shared with JS as a Uint8Array (internalBinding('task').tickInfo) so C can
 * see without a call whether ticks or rejections wait. tickInfo[hasTicks]
 * is ND_TICKS_DEFERRED after a tick threw: as in Node the rest wait for the
 * next callback, so C does not run them. */
/* tick_info, shared with lib/internal/process/task_queues.js: ticks queued,
 * rejections to process, reported rejections to watch for a late handler */
enum {
  ND_TICK_HAS_TICKS = 0,
  ND_TICK_HAS_REJECTIONS = 1,
  ND_TICK_WATCH_HANDLED = 2,
  ND_TICK_INFO_LEN = 8
};
enum { ND_TICKS_QUEUED = 1, ND_TICKS_DEFERRED = 2 };

typedef struct nd_rt nd_rt_t;
struct nd_cli;

/* A native binding: fills `target` with its functions. */
typedef void (*nd_binding_init_fn)(nd_rt_t *rt, JSObjectRef target);

typedef struct {
  uv_timer_t timer;
  uv_check_t check;
  uv_idle_t idle;
  JSObjectRef process_timers;    /* JS step: (now) runs one due timer */
  JSObjectRef process_immediate; /* JS step: () runs one immediate */
  uint64_t base_ns;              /* hrtime of timer time 0 (see timers.c) */
  double timer_info[4];          /* shared with JS: [ranOne, nextExpiry, now, nowWallMs] */
  bool skip_check;               /* the loop ends after this timers phase (timers.c) */
  bool after_check;              /* a check phase ran in this uv_run (timers.c) */
  uint32_t immediate_info[4];    /* shared with JS: [count, refCount, hasOutstanding] */
} nd_timers_t;

/* Memory lib/internal/url.js shares with src/bind/url.c, so a parse or a
 * setter crosses once with no string conversion: `info` holds the
 * argument lengths in and the component offsets out, `units` the
 * arguments' UTF-16 code units. */
#define ND_URL_INFO_LEN 20
#define ND_URL_UNITS 4096
typedef struct {
  uint32_t info[ND_URL_INFO_LEN];
  uint16_t units[ND_URL_UNITS];
} nd_url_shared_t;

/* Where the engine keeps what its public API hides (promise state, proxy
 * handler, iterator position), found at startup by src/bind/util.c from
 * sample objects: JSType bytes and 8-byte field slots; -1 = not found. */
typedef struct {
  int ready;
  int proxy_type, promise_type, map_iter_type, set_iter_type;
  int proxy_target_slot, proxy_handler_slot;
  int iter_index_slot, iter_object_slot, iter_storage_slot, iter_kind_slot;
} nd_engine_layout_t;

struct nd_rt {
  JSGlobalContextRef ctx;
  JSObjectRef global;
  uv_loop_t loop;
  int depth;                 /* nesting of C->JS calls made through nd_call */
  uint8_t tick_info[ND_TICK_INFO_LEN];
  JSObjectRef bindings;      /* cache: name -> binding object */
  JSObjectRef make_callback; /* JS: (fn, recv, ...args): call, then run ticks */
  JSObjectRef run_ticks;     /* JS: () runs nextTicks, then pending rejections */
  JSObjectRef on_uncaught;   /* JS: (err) handles an exception that reached C */
  JSObjectRef compile_trampoline; /* rt/compile.c's engine compile, made on first use */
  nd_timers_t timers;
  JSClassRef decoder_class;  /* TextDecoder's native decoders (bind/encoding.c) */
  struct {
    JSClassRef handle, stream, pipe, process;
  } wrap; /* the libuv handle classes (bind/handle_wrap.c) */
  JSClassRef fs_dir_class;   /* fs.opendir handles (bind/fs.c) */
  int bcache_ok;             /* built-ins' bytecode cache usable: -1 not yet known */
  struct nd_bcache_state *bcache; /* rt/bcache_load.c */
  struct nd_runloop *runloop; /* the engine's run loop, once watched (rt/runloop.c) */
  nd_engine_layout_t layout;
  nd_url_shared_t url;
  /* command line, for process.argv / execArgv */
  int argc;
  char **argv;
  int exec_argc;
  char **exec_argv;
  char *exec_path;
  const char *eval_src; /* -e / -p */
  bool print_eval;
  bool expose_gc;
  int exit_code;
  const struct nd_cli *cli; /* every option, for internal/options (src/cli) */
};

nd_rt_t *nd_rt_new(void);
void nd_rt_free(nd_rt_t *rt);
/* Runs the bootstrap, then the loop until nothing is left; returns the exit code. */
int nd_rt_run(nd_rt_t *rt);

/* The one way C calls into JS (Node's MakeCallback): calls fn, sends an
 * exception to the uncaught-exception path, runs the tick queue; when this
 * is the outermost call, the engine drains microtasks on return and the
 * ticks they queued run too. */
JSValueRef nd_call(nd_rt_t *rt, JSObjectRef fn, JSValueRef recv, size_t argc,
                   const JSValueRef *argv);
/* Calls fn directly (it handles its own exceptions and ticks, as the timer
 * steps do); an escaping exception goes to the uncaught path. */
JSValueRef nd_call_raw(nd_rt_t *rt, JSObjectRef fn, size_t argc,
                       const JSValueRef *argv);
/* After an outermost call: run ticks and rejections until none remain. */
void nd_drain_ticks(nd_rt_t *rt);
void nd_fatal_exception(nd_rt_t *rt, JSValueRef exc);
/* Called before each uv_run (see the libuv note in bind/timers.c). */
void nd_timers_before_run(nd_rt_t *rt);

nd_rt_t *nd_rt_from_ctx(JSContextRef ctx);

#endif
