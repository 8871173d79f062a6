/* spawn_sync: runs a child process to completion for child_process.spawnSync.
 * The child runs on a private loop so nothing of the runtime's loop (timers,
 * immediates, I/O) moves while the caller is blocked, as in Node.
 *
 * spawn(options) takes the options lib/child_process.js has normalized:
 *   { file, args, cwd, envPairs, uid, gid, detached, windowsHide, timeout,
 *     maxBuffer, killSignal, encoding, stdio: [{ type, fd, input, encoding }] }
 * and returns { error?, status, signal, output, pid }: `error` is a negative
 * libuv code, `output` is null when the child never started, else one entry
 * per stdio slot: the collected bytes of a pipe the child wrote to (decoded
 * with `encoding`, or a Uint8Array without one), null otherwise. */
#include <signal.h>
#include <string.h>

#include "bind/bindings.h"
#include "bind/spawn_options.h"
#include "rt/signals.h"
#include "rt/text.h"
#include "rt/value.h"

typedef struct nd_sync_run nd_sync_run_t;

/* One stdio slot backed by a pipe. "readable"/"writable" are from the
 * child's side, as in uv_stdio_flags: we write `input` into a readable pipe
 * and collect what the child writes into a writable one. */
typedef struct {
  uv_pipe_t pipe;
  nd_sync_run_t *run;
  bool readable;
  bool writable;
  bool open; /* initialized and not yet closed */
  char *input;
  size_t input_len;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
  char *out;
  size_t out_len;
  size_t out_cap;
} nd_sync_pipe_t;

struct nd_sync_run {
  uv_loop_t loop;
  uv_process_t proc;
  uv_timer_t timer;
  bool timer_open;
  bool spawned;
  bool proc_closed;
  bool killed;
  int kill_signal;
  double max_buffer; /* 0 = no limit */
  double timeout;    /* ms, 0 = none */
  double buffered;   /* output bytes over all pipes */
  int64_t exit_status; /* -1 until the child exits */
  int term_signal;
  int error;
  int pipe_error;
  int nstdio;
  nd_sync_pipe_t **pipes; /* per slot, NULL when the slot is not a pipe */
  uv_stdio_container_t *stdio;
  nd_spawn_strings_t strings;
};

static void set_error(nd_sync_run_t *run, int err) {
  if (run->error == 0) run->error = err;
}

static void set_pipe_error(nd_sync_run_t *run, int err) {
  if (run->pipe_error == 0) run->pipe_error = err;
}

static void close_pipe(nd_sync_pipe_t *p) {
  if (!p->open) return;
  p->open = false;
  uv_close((uv_handle_t *)&p->pipe, NULL);
}

static void close_pipes(nd_sync_run_t *run) {
  for (int i = 0; i < run->nstdio; i++)
    if (run->pipes[i]) close_pipe(run->pipes[i]);
}

static void close_timer(nd_sync_run_t *run) {
  if (!run->timer_open) return;
  run->timer_open = false;
  uv_close((uv_handle_t *)&run->timer, NULL);
}

/* Once only: signal the child (unless it is gone already: a grandchild may
 * still hold a pipe) and stop waiting on its pipes. */
static void kill_child(nd_sync_run_t *run) {
  if (run->killed) return;
  run->killed = true;
  if (run->exit_status < 0) {
    int r = uv_process_kill(&run->proc, run->kill_signal);
    if (r < 0 && r != UV_ESRCH) {
      set_error(run, r);
      uv_process_kill(&run->proc, SIGKILL);
    }
  }
  close_pipes(run);
  close_timer(run);
}

static void on_timeout(uv_timer_t *t) {
  nd_sync_run_t *run = t->data;
  set_error(run, UV_ETIMEDOUT);
  kill_child(run);
}

static void on_child_exit(uv_process_t *proc, int64_t status, int term_signal) {
  nd_sync_run_t *run = proc->data;
  run->proc_closed = true;
  uv_close((uv_handle_t *)proc, NULL);
  if (status < 0) {
    set_error(run, (int)status);
    return;
  }
  run->exit_status = status;
  run->term_signal = term_signal;
}

static void on_alloc(uv_handle_t *h, size_t hint, uv_buf_t *buf) {
  nd_sync_pipe_t *p = h->data;
  if (p->out_cap - p->out_len < 65536) {
    size_t cap = p->out_cap ? p->out_cap * 2 : 65536;
    while (cap - p->out_len < 65536) cap *= 2;
    p->out = realloc(p->out, cap);
    ND_CHECK(p->out);
    p->out_cap = cap;
  }
  *buf = uv_buf_init(p->out + p->out_len, 65536);
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  nd_sync_pipe_t *p = s->data;
  nd_sync_run_t *run = p->run;
  if (n > 0) {
    p->out_len += (size_t)n;
    run->buffered += (double)n;
    if (run->max_buffer > 0 && run->buffered > run->max_buffer) {
      set_error(run, UV_ENOBUFS);
      kill_child(run);
    }
  } else if (n == UV_EOF) {
    close_pipe(p);
  } else if (n < 0) {
    set_pipe_error(run, (int)n);
    close_pipe(p);
  }
}

static void on_shutdown(uv_shutdown_t *req, int status) {
  nd_sync_pipe_t *p = req->data;
  /* ENOTCONN: the child closed its end first, which is no error */
  if (status < 0 && status != UV_ENOTCONN && status != UV_ECANCELED)
    set_pipe_error(p->run, status);
  if (!p->writable) close_pipe(p);
}

static void on_write(uv_write_t *req, int status) {
  nd_sync_pipe_t *p = req->data;
  if (status < 0 && status != UV_ECANCELED) set_pipe_error(p->run, status);
  if (!p->open) return;
  p->shutdown_req.data = p;
  int r = uv_shutdown(&p->shutdown_req, (uv_stream_t *)&p->pipe, on_shutdown);
  if (r < 0) {
    set_pipe_error(p->run, r);
    close_pipe(p);
  }
}

/* After spawning: feed input (then EOF) and start collecting output. */
static int start_pipe(nd_sync_pipe_t *p) {
  if (p->readable) {
    if (p->input_len > 0) {
      /* a uv_buf_t holds at most 4 GiB: larger input goes in 1 GiB pieces */
      enum { PIECE = 1u << 30, MAX_PIECES = 64 };
      uv_buf_t bufs[MAX_PIECES];
      unsigned n = 0;
      for (size_t off = 0; off < p->input_len && n < MAX_PIECES; off += PIECE) {
        size_t len = p->input_len - off < PIECE ? p->input_len - off : PIECE;
        bufs[n++] = uv_buf_init(p->input + off, (unsigned)len);
      }
      p->write_req.data = p;
      int r = uv_write(&p->write_req, (uv_stream_t *)&p->pipe, bufs, n, on_write);
      if (r < 0) return r;
    } else {
      p->shutdown_req.data = p;
      int r = uv_shutdown(&p->shutdown_req, (uv_stream_t *)&p->pipe, on_shutdown);
      if (r < 0) return r;
    }
  }
  if (p->writable) return uv_read_start((uv_stream_t *)&p->pipe, on_alloc, on_read);
  return 0;
}

/* ---- reading the options object ---- */

/* Copies `input` into the pipe: a string, in `encoding` (default utf8), or
 * a typed array's bytes. */
static bool copy_input(JSContextRef ctx, JSValueRef v, JSValueRef enc, nd_sync_pipe_t *p,
                       JSValueRef *exc) {
  if (JSValueIsString(ctx, v)) {
    char *name = nd_is_nullish(ctx, enc) ? NULL : nd_cstr(ctx, enc, exc);
    if (!nd_is_nullish(ctx, enc) && !name) return false;
    JSStringRef s = JSValueToStringCopy(ctx, v, exc);
    if (!s) {
      free(name);
      return false;
    }
    int r = nd_text_encode(s, name ? name : "utf8", &p->input, &p->input_len);
    JSStringRelease(s);
    free(name);
    if (r < 0) {
      *exc = nd_error(ctx, "TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding");
      return false;
    }
    return true;
  }
  JSObjectRef o = nd_toobj(ctx, v);
  if (!o || JSValueGetTypedArrayType(ctx, o, NULL) == kJSTypedArrayTypeNone) return true;
  size_t len = JSObjectGetTypedArrayByteLength(ctx, o, NULL);
  /* the engine hands out the start of the whole buffer, not of the view */
  const char *bytes = (const char *)JSObjectGetTypedArrayBytesPtr(ctx, o, NULL) +
                      JSObjectGetTypedArrayByteOffset(ctx, o, NULL);
  p->input = malloc(len ? len : 1);
  ND_CHECK(p->input);
  if (len) memcpy(p->input, bytes, len);
  p->input_len = len;
  return true;
}

/* Fills run->stdio from options.stdio; returns false with *exc set. */
static bool parse_stdio(JSContextRef ctx, nd_sync_run_t *run, JSValueRef v, JSValueRef *exc) {
  JSObjectRef arr = nd_toobj(ctx, v);
  int n = arr ? nd_to_int32(ctx, nd_get(ctx, arr, "length")) : 0;
  if (n < 0) n = 0;
  run->nstdio = n;
  run->stdio = calloc((size_t)n + 1, sizeof *run->stdio);
  run->pipes = calloc((size_t)n + 1, sizeof *run->pipes);
  ND_CHECK(run->stdio && run->pipes);
  for (int i = 0; i < n; i++) {
    JSObjectRef o = nd_toobj(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL));
    char *type = o ? nd_cstr(ctx, nd_get(ctx, o, "type"), exc) : NULL;
    if (o && !type) return false;
    if (!type || strcmp(type, "ignore") == 0) {
      run->stdio[i].flags = UV_IGNORE;
    } else if (strcmp(type, "pipe") == 0) {
      nd_sync_pipe_t *p = calloc(1, sizeof *p);
      ND_CHECK(p);
      run->pipes[i] = p;
      p->run = run;
      p->readable = i == 0;
      p->writable = i != 0;
      JSValueRef input = nd_get(ctx, o, "input");
      if (!nd_is_nullish(ctx, input)) {
        p->readable = true;
        if (!copy_input(ctx, input, nd_get(ctx, o, "encoding"), p, exc)) {
          free(type);
          return false;
        }
      }
      ND_CHECK(uv_pipe_init(&run->loop, &p->pipe, 0) == 0);
      p->pipe.data = p;
      p->open = true;
      run->stdio[i].flags = UV_CREATE_PIPE | (p->readable ? UV_READABLE_PIPE : 0) |
                            (p->writable ? UV_WRITABLE_PIPE : 0);
      run->stdio[i].data.stream = (uv_stream_t *)&p->pipe;
    } else {
      /* "inherit" and "fd": the child gets one of our descriptors */
      run->stdio[i].flags = UV_INHERIT_FD;
      run->stdio[i].data.fd = nd_to_int32(ctx, nd_get(ctx, o, "fd"));
    }
    free(type);
  }
  return true;
}

static bool parse_options(JSContextRef ctx, nd_sync_run_t *run, JSObjectRef o,
                          uv_process_options_t *po, JSValueRef *exc) {
  if (!nd_spawn_options_read(ctx, o, &run->strings, po, exc)) return false;
  JSValueRef v;
  v = nd_get(ctx, o, "timeout");
  if (!nd_is_nullish(ctx, v)) run->timeout = nd_tonum(ctx, v);
  if (!(run->timeout < 9007199254740992.0)) run->timeout = 0; /* NaN or absurd: none */
  v = nd_get(ctx, o, "maxBuffer");
  if (!nd_is_nullish(ctx, v)) run->max_buffer = nd_tonum(ctx, v);
  v = nd_get(ctx, o, "killSignal");
  if (!nd_is_nullish(ctx, v)) run->kill_signal = nd_to_int32(ctx, v);
  if (!parse_stdio(ctx, run, nd_get(ctx, o, "stdio"), exc)) return false;
  po->stdio = run->stdio;
  po->stdio_count = run->nstdio;
  return true;
}

/* ---- running ---- */

static void run_child(nd_sync_run_t *run, uv_process_options_t *po) {
  if (run->timeout > 0) {
    ND_CHECK(uv_timer_init(&run->loop, &run->timer) == 0);
    run->timer.data = run;
    run->timer_open = true;
    /* unref'd: the wait ends when the child and its pipes are done */
    uv_unref((uv_handle_t *)&run->timer);
    uv_timer_start(&run->timer, on_timeout, (uint64_t)run->timeout, 0);
  }
  po->exit_cb = on_child_exit;
  run->proc.data = run;
  int r = uv_spawn(&run->loop, &run->proc, po);
  if (r < 0) {
    set_error(run, r);
    /* a failed uv_spawn leaves an initialized handle to close */
    run->proc_closed = true;
    uv_close((uv_handle_t *)&run->proc, NULL);
    return;
  }
  run->spawned = true;
  for (int i = 0; i < run->nstdio; i++) {
    if (!run->pipes[i]) continue;
    r = start_pipe(run->pipes[i]);
    if (r < 0) {
      set_pipe_error(run, r);
      return;
    }
  }
  uv_run(&run->loop, UV_RUN_DEFAULT);
}

/* Closes whatever is still open, lets the closes finish, frees the loop. */
static void close_all(nd_sync_run_t *run) {
  close_pipes(run);
  close_timer(run);
  if (run->spawned && !run->proc_closed) {
    /* an early pipe failure: the child must not outlive us unattended */
    uv_process_kill(&run->proc, SIGKILL);
    run->proc_closed = true;
    uv_close((uv_handle_t *)&run->proc, NULL);
  }
  uv_run(&run->loop, UV_RUN_DEFAULT);
  ND_CHECK(uv_loop_close(&run->loop) == 0);
}

static void free_run(nd_sync_run_t *run) {
  for (int i = 0; i < run->nstdio; i++) {
    if (!run->pipes[i]) continue;
    free(run->pipes[i]->input);
    free(run->pipes[i]->out);
    free(run->pipes[i]);
  }
  free(run->pipes);
  free(run->stdio);
  nd_spawn_strings_free(&run->strings);
}

static JSValueRef output_value(JSContextRef ctx, nd_sync_pipe_t *p, const char *encoding) {
  JSValueRef s = encoding ? nd_text_decode(ctx, p->out ? p->out : "", p->out_len, encoding)
                          : NULL;
  if (s) return s;
  /* No (known) encoding: raw bytes, copied into a Uint8Array of their own. */
  JSObjectRef arr = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, p->out_len, NULL);
  if (arr && p->out_len)
    memcpy(JSObjectGetTypedArrayBytesPtr(ctx, arr, NULL), p->out, p->out_len);
  return arr;
}

static JSValueRef build_result(JSContextRef ctx, nd_sync_run_t *run, const char *encoding) {
  JSObjectRef res = JSObjectMake(ctx, NULL, NULL);
  int err = run->error ? run->error : run->pipe_error;
  if (err) nd_set(ctx, res, "error", nd_num(ctx, err));
  JSValueRef null = JSValueMakeNull(ctx);
  bool exited = run->exit_status >= 0;
  nd_set(ctx, res, "status",
         exited && run->term_signal <= 0 ? nd_num(ctx, (double)run->exit_status) : null);
  nd_set(ctx, res, "signal",
         run->term_signal > 0 ? nd_str(ctx, nd_signal_name(run->term_signal)) : null);
  if (exited) {
    JSValueRef *items = calloc((size_t)run->nstdio + 1, sizeof *items);
    ND_CHECK(items);
    for (int i = 0; i < run->nstdio; i++) {
      nd_sync_pipe_t *p = run->pipes[i];
      items[i] = p && p->writable ? output_value(ctx, p, encoding) : null;
    }
    nd_set(ctx, res, "output", nd_array(ctx, (size_t)run->nstdio, items));
    free(items);
  } else {
    nd_set(ctx, res, "output", null);
  }
  nd_set(ctx, res, "pid", nd_num(ctx, run->spawned ? run->proc.pid : 0));
  return res;
}

/* spawn(options) -> result; see the header comment */
static ND_FN(spawn_sync_spawn) {
  JSObjectRef o = nd_toobj(ctx, ND_ARG(0));
  if (!o) {
    *exc = nd_error(ctx, "TypeError", "ERR_INVALID_ARG_TYPE", "options must be an object");
    return NULL;
  }
  char *encoding = NULL;
  JSValueRef enc = nd_get(ctx, o, "encoding");
  if (!nd_is_nullish(ctx, enc)) {
    encoding = nd_cstr(ctx, enc, exc);
    if (!encoding) return NULL;
  }
  nd_sync_run_t run = {.exit_status = -1, .kill_signal = SIGTERM};
  uv_process_options_t po = {0};
  ND_CHECK(uv_loop_init(&run.loop) == 0);
  JSValueRef result = NULL;
  bool ok = parse_options(ctx, &run, o, &po, exc);
  if (ok) run_child(&run, &po);
  close_all(&run);
  if (ok) result = build_result(ctx, &run, encoding);
  free_run(&run);
  free(encoding);
  return result;
}

/* errname(code) -> "ENOENT": the name of a negative libuv error code */
static ND_FN(spawn_sync_errname) {
  int err = nd_to_int32(ctx, ND_ARG(0));
  return nd_str(ctx, uv_err_name(err));
}

void nd_spawn_sync_init(nd_rt_t *rt, JSObjectRef target) {
  JSContextRef ctx = rt->ctx;
  static const nd_fn_entry_t fns[] = {
      {"spawn", spawn_sync_spawn},
      {"errname", spawn_sync_errname},
  };
  nd_set_fns(ctx, target, fns, ND_COUNTOF(fns));
  nd_set(ctx, target, "signals", nd_signals_object(ctx));
}
