/* process: the raw facts behind the process object (lib/internal/process/).
 * Validation and Node's error messages live in JS; failures come back as
 * negative errno codes or thrown system errors. */
#define _GNU_SOURCE /* RUSAGE_THREAD */
#include <errno.h>
#include <signal.h>
#include <sys/resource.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <jsc/jsc.h>

#include "bind/bindings.h"
#include "bind/process.h"
#include "cli/options.h"
#include "rt/signals.h"

/* Exported by the engine, declared only in a private header. */
JS_EXPORT JSObjectRef JSGetMemoryUsageStatistics(JSContextRef ctx);

/* reallyExit(code): flush and leave now; 'exit' was emitted by JS already. */
static ND_FN(process_really_exit) {
  int code = (int)nd_tonum(ctx, ND_ARG(0));
  fflush(stdout);
  fflush(stderr);
  exit(code);
}

static ND_FN(process_abort) {
  fflush(stdout);
  fflush(stderr);
  abort();
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

/* chdir(dir) -> 0 or a negative errno */
static ND_FN(process_chdir) {
  char *dir = nd_cstr(ctx, ND_ARG(0), exc);
  if (!dir) return NULL;
  int r = uv_chdir(dir);
  free(dir);
  return nd_num(ctx, r);
}

/* umask() reads without changing (set and restore); umask(mask) sets.
 * Both return the old mask. */
static ND_FN(process_umask) {
  mode_t old;
  if (JSValueIsUndefined(ctx, ND_ARG(0))) {
    old = umask(0);
    umask(old);
  } else {
    old = umask((mode_t)nd_tonum(ctx, ND_ARG(0)) & 0777);
  }
  return nd_num(ctx, old);
}

/* hrtime(): [seconds, nanoseconds] of the monotonic clock */
static ND_FN(process_hrtime) {
  uint64_t t = uv_hrtime();
  JSValueRef parts[2] = {nd_num(ctx, (double)(t / 1000000000u)),
                         nd_num(ctx, (double)(t % 1000000000u))};
  return nd_array(ctx, 2, parts);
}

static ND_FN(process_hrtime_bigint) { return JSBigIntCreateWithUInt64(ctx, uv_hrtime(), exc); }

static ND_FN(process_uptime) {
  nd_rt_t *rt = nd_rt_from_ctx(ctx);
  uint64_t start = rt->cli ? rt->cli->start_time : 0;
  return nd_num(ctx, (double)(uv_hrtime() - start) / 1e9);
}

static ND_FN(process_rss) {
  size_t rss = 0;
  int r = uv_resident_set_memory(&rss);
  if (r < 0) {
    *exc = nd_uv_error(ctx, r, "uv_resident_set_memory", NULL);
    return NULL;
  }
  return nd_num(ctx, (double)rss);
}

/* memoryUsage() -> [rss, heapTotal, heapUsed, external]: the heap figures
 * are the engine's own: heap capacity, heap size as of its last collection,
 * extra memory it was told about. */
static ND_FN(process_memory_usage) {
  size_t rss = 0;
  int r = uv_resident_set_memory(&rss);
  if (r < 0) {
    *exc = nd_uv_error(ctx, r, "uv_resident_set_memory", NULL);
    return NULL;
  }
  JSObjectRef stats = JSGetMemoryUsageStatistics(ctx);
  JSValueRef v[4] = {nd_num(ctx, (double)rss), nd_get(ctx, stats, "heapCapacity"),
                     nd_get(ctx, stats, "heapSize"), nd_get(ctx, stats, "extraMemorySize")};
  return nd_array(ctx, 4, v);
}

static double tv_us(uv_timeval_t tv) { return (double)tv.tv_sec * 1e6 + (double)tv.tv_usec; }

/* cpuUsage() -> [user, system] in microseconds */
static ND_FN(process_cpu_usage) {
  uv_rusage_t ru;
  int r = uv_getrusage(&ru);
  if (r < 0) {
    *exc = nd_uv_error(ctx, r, "uv_getrusage", NULL);
    return NULL;
  }
  JSValueRef v[2] = {nd_num(ctx, tv_us(ru.ru_utime)), nd_num(ctx, tv_us(ru.ru_stime))};
  return nd_array(ctx, 2, v);
}

/* resourceUsage() -> the 16 numbers of getrusage, in Node's order */
static ND_FN(process_resource_usage) {
  uv_rusage_t ru;
  int r = uv_getrusage(&ru);
  if (r < 0) {
    *exc = nd_uv_error(ctx, r, "uv_getrusage", NULL);
    return NULL;
  }
  double f[16] = {tv_us(ru.ru_utime), tv_us(ru.ru_stime), (double)ru.ru_maxrss,
                  (double)ru.ru_ixrss, (double)ru.ru_idrss, (double)ru.ru_isrss,
                  (double)ru.ru_minflt, (double)ru.ru_majflt, (double)ru.ru_nswap,
                  (double)ru.ru_inblock, (double)ru.ru_oublock, (double)ru.ru_msgsnd,
                  (double)ru.ru_msgrcv, (double)ru.ru_nsignals, (double)ru.ru_nvcsw,
                  (double)ru.ru_nivcsw};
  JSValueRef v[16];
  for (int i = 0; i < 16; i++) v[i] = nd_num(ctx, f[i]);
  return nd_array(ctx, 16, v);
}

/* threadCpuUsage() -> [user, system] of this thread, in microseconds */
static ND_FN(process_thread_cpu_usage) {
  struct rusage ru;
  if (getrusage(RUSAGE_THREAD, &ru) != 0) {
    *exc = nd_uv_error(ctx, uv_translate_sys_error(errno), "getrusage", NULL);
    return NULL;
  }
  JSValueRef v[2] = {nd_num(ctx, (double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec),
                     nd_num(ctx, (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec)};
  return nd_array(ctx, 2, v);
}

static ND_FN(process_getuid) { return nd_num(ctx, getuid()); }
static ND_FN(process_geteuid) { return nd_num(ctx, geteuid()); }
static ND_FN(process_getgid) { return nd_num(ctx, getgid()); }
static ND_FN(process_getegid) { return nd_num(ctx, getegid()); }

/* getgroups() -> [gid...] (the effective gid included, as Node does) */
static ND_FN(process_getgroups) {
  int n = getgroups(0, NULL);
  if (n < 0) n = 0;
  gid_t *g = calloc((size_t)n + 1, sizeof *g);
  if (!g) abort();
  n = getgroups(n, g);
  if (n < 0) n = 0;
  gid_t egid = getegid();
  bool has = false;
  for (int i = 0; i < n; i++) has = has || g[i] == egid;
  if (!has) g[n++] = egid;
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (int i = 0; i < n; i++) JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, nd_num(ctx, g[i]), NULL);
  free(g);
  return arr;
}

static ND_FN(process_constrained_memory) {
  return nd_num(ctx, (double)uv_get_constrained_memory());
}

static ND_FN(process_available_memory) {
  uint64_t free_mem = uv_get_free_memory();
  uint64_t limit = uv_get_constrained_memory();
  size_t rss = 0;
  if (limit && uv_resident_set_memory(&rss) == 0) {
    uint64_t left = limit > rss ? limit - rss : 0;
    if (left < free_mem) free_mem = left;
  }
  return nd_num(ctx, (double)free_mem);
}

/* kill(pid, signal) -> 0 or a negative errno */
static ND_FN(process_kill) {
  int pid = (int)nd_tonum(ctx, ND_ARG(0));
  int sig = (int)nd_tonum(ctx, ND_ARG(1));
  return nd_num(ctx, uv_kill(pid, sig));
}

static ND_FN(process_ppid) { return nd_num(ctx, getppid()); }

static ND_FN(process_get_title) {
  char buf[1024];
  int r = uv_get_process_title(buf, sizeof buf);
  return nd_str(ctx, r == 0 ? buf : "");
}

static ND_FN(process_set_title) {
  char *t = nd_cstr(ctx, ND_ARG(0), exc);
  if (!t) return NULL;
  uv_set_process_title(t);
  free(t);
  return JSValueMakeUndefined(ctx);
}

/* appendText(path, text) -> 0 or a negative errno (--redirect-warnings) */
static ND_FN(process_append_text) {
  char *path = nd_cstr(ctx, ND_ARG(0), exc);
  if (!path) return NULL;
  char *text = nd_cstr(ctx, ND_ARG(1), exc);
  if (!text) {
    free(path);
    return NULL;
  }
  uv_fs_t req;
  int fd = uv_fs_open(NULL, &req, path, UV_FS_O_WRONLY | UV_FS_O_CREAT | UV_FS_O_APPEND, 0666,
                      NULL);
  uv_fs_req_cleanup(&req);
  int r = fd;
  if (fd >= 0) {
    uv_buf_t b = uv_buf_init(text, (unsigned)strlen(text));
    r = uv_fs_write(NULL, &req, fd, &b, 1, -1, NULL);
    uv_fs_req_cleanup(&req);
    uv_fs_close(NULL, &req, fd, NULL);
    uv_fs_req_cleanup(&req);
  }
  free(path);
  free(text);
  return nd_num(ctx, r < 0 ? r : 0);
}

/* errInfo(err) -> [name, message] of a negative libuv error code */
static ND_FN(process_err_info) {
  int err = (int)nd_tonum(ctx, ND_ARG(0));
  JSValueRef v[2] = {nd_str(ctx, uv_err_name(err)), nd_str(ctx, uv_strerror(err))};
  return nd_array(ctx, 2, v);
}

/* Exported by the engine, declared only in a private header. JSGarbageCollect
 * merely hints at a collection; gc() must collect before it returns. */
JS_EXPORT void JSSynchronousGarbageCollectForDebugging(JSContextRef ctx);

static ND_FN(process_gc) {
  JSSynchronousGarbageCollectForDebugging(ctx);
  return JSValueMakeUndefined(ctx);
}

/* --- options, for lib/internal/options.js --- */

static void push_values(JSContextRef ctx, JSObjectRef arr, unsigned *n, const nd_opt_list_t *l,
                        const char *name) {
  for (size_t i = 0; i < l->len; i++)
    if (strcmp(l->items[i].name, name) == 0 && l->items[i].value)
      JSObjectSetPropertyAtIndex(ctx, arr, (*n)++, nd_str(ctx, l->items[i].value), NULL);
}

/* getOption(name) -> the last value given (NODE_OPTIONS first, then the
 * command line), every value for a repeatable option, or Node's default:
 * booleans, '' for strings, [] for lists, undefined otherwise. */
static ND_FN(process_get_option) {
  nd_rt_t *rt = nd_rt_from_ctx(ctx);
  char *name = nd_cstr(ctx, ND_ARG(0), exc);
  if (!name) return NULL;
  nd_opt_kind_t kind = ND_OPT_V8;
  bool def_true = false;
  bool known = nd_cli_option_info(name, &kind, &def_true);
  JSValueRef v = JSValueMakeUndefined(ctx);
  if (kind == ND_OPT_LIST) {
    JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
    unsigned n = 0;
    if (rt->cli) {
      push_values(ctx, arr, &n, &rt->cli->env_opts, name);
      push_values(ctx, arr, &n, &rt->cli->cli_opts, name);
    }
    v = arr;
  } else {
    const nd_opt_t *o = rt->cli ? nd_cli_last(rt->cli, name) : NULL;
    if (o && !o->value)
      v = JSValueMakeBoolean(ctx, o->on);
    else if (o && (kind == ND_OPT_INT || kind == ND_OPT_UINT))
      v = nd_num(ctx, strtod(o->value, NULL));
    else if (o)
      v = nd_str(ctx, o->value);
    else if (known && (kind == ND_OPT_BOOL || kind == ND_OPT_NOOP))
      v = JSValueMakeBoolean(ctx, def_true);
    else if (known && kind == ND_OPT_STRING)
      v = nd_str(ctx, "");
  }
  free(name);
  return v;
}

typedef struct {
  JSContextRef ctx;
  JSObjectRef arr;
  unsigned n;
} env_flags_t;

static void add_env_flag(void *ud, const char *name, nd_opt_kind_t kind, bool env_ok,
                         bool default_true) {
  env_flags_t *f = ud;
  if (!env_ok) return;
  JSObjectSetPropertyAtIndex(f->ctx, f->arr, f->n++, nd_str(f->ctx, name), NULL);
  if (kind != ND_OPT_BOOL) return;
  char neg[300];
  snprintf(neg, sizeof neg, "--no-%s", name + 2);
  JSObjectSetPropertyAtIndex(f->ctx, f->arr, f->n++, nd_str(f->ctx, neg), NULL);
}

/* envFlags() -> the names NODE_OPTIONS may carry (booleans also as --no-) */
static ND_FN(process_env_flags) {
  env_flags_t f = {ctx, JSObjectMakeArray(ctx, 0, NULL, NULL), 0};
  nd_cli_each_option(add_env_flag, &f);
  return f.arr;
}

/* readStdin() -> the whole of fd 0 as a string (a script piped in) */
static ND_FN(process_read_stdin) {
  size_t cap = 16384, len = 0;
  char *buf = malloc(cap);
  if (!buf) abort();
  for (;;) {
    if (cap - len < 4096) {
      cap *= 2;
      buf = realloc(buf, cap);
      if (!buf) abort();
    }
    uv_fs_t req;
    uv_buf_t b = uv_buf_init(buf + len, (unsigned)(cap - len - 1));
    int n = uv_fs_read(NULL, &req, 0, &b, 1, -1, NULL);
    uv_fs_req_cleanup(&req);
    if (n == UV_EAGAIN) continue;
    if (n < 0) {
      free(buf);
      *exc = nd_uv_error(ctx, n, "read", NULL);
      return NULL;
    }
    if (n == 0) break;
    len += (size_t)n;
  }
  JSValueRef s = nd_strn(ctx, buf, len);
  free(buf);
  return s;
}

/* signals(): name -> number (made when asked: kill() is rare) */
static ND_FN(process_signals) { return nd_signals_object(ctx); }

void nd_process_init(nd_rt_t *rt, JSObjectRef target) {
  JSContextRef ctx = rt->ctx;
  static const nd_fn_entry_t fns[] = {
      {"reallyExit", process_really_exit},
      {"abort", process_abort},
      {"cwd", process_cwd},
      {"chdir", process_chdir},
      {"umask", process_umask},
      {"hrtime", process_hrtime},
      {"hrtimeBigInt", process_hrtime_bigint},
      {"uptime", process_uptime},
      {"rss", process_rss},
      {"memoryUsage", process_memory_usage},
      {"cpuUsage", process_cpu_usage},
      {"resourceUsage", process_resource_usage},
      {"threadCpuUsage", process_thread_cpu_usage},
      {"getuid", process_getuid},
      {"geteuid", process_geteuid},
      {"getgid", process_getgid},
      {"getegid", process_getegid},
      {"getgroups", process_getgroups},
      {"constrainedMemory", process_constrained_memory},
      {"availableMemory", process_available_memory},
      {"kill", process_kill},
      {"ppid", process_ppid},
      {"getTitle", process_get_title},
      {"setTitle", process_set_title},
      {"getOption", process_get_option},
      {"envFlags", process_env_flags},
      {"readStdin", process_read_stdin},
      {"errInfo", process_err_info},
      {"appendText", process_append_text},
      {"parseEnv", nd_process_parse_env},
      {"loadEnvFile", nd_process_load_env_file},
      {"guessHandleType", nd_process_guess_handle_type},
      {"getWindowSize", nd_process_get_window_size},
      {"writeSync", nd_process_write_sync},
      {"signals", process_signals},
  };
  nd_set_fns(ctx, target, fns, ND_COUNTOF(fns));
  if (rt->expose_gc) {
    static const nd_fn_entry_t gc[] = {{"gc", process_gc}};
    nd_set_fns(ctx, target, gc, 1);
  }
  nd_set(ctx, target, "env", nd_env_make(ctx));
  nd_set(ctx, target, "uvVersion", nd_str(ctx, uv_version_string()));
  char jsc[32];
  snprintf(jsc, sizeof jsc, "%u.%u.%u", jsc_get_major_version(), jsc_get_minor_version(),
           jsc_get_micro_version());
  nd_set(ctx, target, "jscVersion", nd_str(ctx, jsc));
  nd_set(ctx, target, "argv", nd_str_array(ctx, rt->argc, rt->argv));
  nd_set(ctx, target, "execArgv", nd_str_array(ctx, rt->exec_argc, rt->exec_argv));
  nd_set(ctx, target, "execPath", nd_str(ctx, rt->exec_path ? rt->exec_path : ""));
  nd_set(ctx, target, "pid", nd_num(ctx, getpid()));
  nd_set(ctx, target, "argv0", nd_str(ctx, rt->cli ? rt->cli->argv0 : ""));
  if (rt->eval_src) nd_set(ctx, target, "evalSource", nd_str(ctx, rt->eval_src));
  nd_set(ctx, target, "printEval", JSValueMakeBoolean(ctx, rt->print_eval));
  nd_set(ctx, target, "checkSyntax", JSValueMakeBoolean(ctx, rt->cli && rt->cli->check));
}
