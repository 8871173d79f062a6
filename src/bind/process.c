/* process: the raw facts behind the process object (lib/internal/process/). */
#include <string.h>
#include <unistd.h>

#include "bind/bindings.h"
#include "rt/value.h"

/* reallyExit(code): flush and leave now; 'exit' was emitted by JS already. */
static ND_FN(process_really_exit) {
  int code = (int)nd_tonum(ctx, ND_ARG(0));
  fflush(stdout);
  fflush(stderr);
  exit(code);
}

static ND_FN(process_cwd) {
  char buf[4096];
  size_t len = sizeof buf;
  int r = uv_cwd(buf, &len);
  if (r < 0) {
    *exc = nd_uv_error(ctx, r, "uv_cwd", NULL);
    return NULL;
  }
  return nd_str(ctx, buf);
}

/* hrtime(): [seconds, nanoseconds] of the monotonic clock */
static ND_FN(process_hrtime) {
  uint64_t t = uv_hrtime();
  JSValueRef parts[2] = {nd_num(ctx, (double)(t / 1000000000u)),
                         nd_num(ctx, (double)(t % 1000000000u))};
  return nd_array(ctx, 2, parts);
}

void nd_process_init(nd_rt_t *rt, JSObjectRef target) {
  JSContextRef ctx = rt->ctx;
  static const nd_fn_entry_t fns[] = {
      {"reallyExit", process_really_exit},
      {"cwd", process_cwd},
      {"hrtime", process_hrtime},
  };
  nd_set_fns(ctx, target, fns, ND_COUNTOF(fns));
  nd_set(ctx, target, "argv", nd_str_array(ctx, rt->argc, rt->argv));
  nd_set(ctx, target, "execArgv", nd_str_array(ctx, rt->exec_argc, rt->exec_argv));
  nd_set(ctx, target, "execPath", nd_str(ctx, rt->exec_path ? rt->exec_path : ""));
  nd_set(ctx, target, "pid", nd_num(ctx, getpid()));
  nd_set(ctx, target, "ppid", nd_num(ctx, getppid()));
  if (rt->eval_src) nd_set(ctx, target, "evalSource", nd_str(ctx, rt->eval_src));
  nd_set(ctx, target, "printEval", JSValueMakeBoolean(ctx, rt->print_eval));
}
