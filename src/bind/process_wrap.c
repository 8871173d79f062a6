/* process_wrap: the Process handle (a uv_process_t) behind ChildProcess.
 *
 * spawn(options) takes what lib/internal/child_process.js normalized:
 *   { file, args, cwd, envPairs, uid, gid, detached, windowsHide,
 *     stdio: [{ type: 'ignore' | 'pipe' | 'wrap' | 'fd' | 'inherit',
 *               handle?, fd? }] }
 * A 'pipe' slot carries an open Pipe handle that becomes our end of a new
 * pipe; a 'wrap' slot hands the child an existing stream handle. Returns 0
 * (and sets this.pid) or a negative libuv code. Either way the handle is
 * initialized then and must be closed. On exit, onexit(exitCode, signal)
 * runs with signal a name like 'SIGTERM', or '' when the child exited. */
#include <string.h>

#include "bind/bindings.h"
#include "bind/handle_wrap.h"
#include "bind/spawn_options.h"
#include "rt/signals.h"

typedef struct {
  nd_spawn_strings_t strings;
  uv_stdio_container_t *stdio;
} spawn_args_t;

/* Fills the stdio containers; 0, a negative code for a bad handle, or
 * -1 with *exc set. */
static int parse_stdio(JSContextRef ctx, nd_rt_t *rt, JSValueRef v, spawn_args_t *a,
                       uv_process_options_t *po, JSValueRef *exc) {
  JSObjectRef arr = nd_toobj(ctx, v);
  int n = arr ? nd_to_int32(ctx, nd_get(ctx, arr, "length")) : 0;
  if (n < 0 || n > 1024) n = 0;
  a->stdio = calloc((size_t)n + 1, sizeof *a->stdio);
  ND_CHECK(a->stdio);
  po->stdio = a->stdio;
  po->stdio_count = n;
  for (int i = 0; i < n; i++) {
    JSObjectRef o = nd_toobj(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL));
    char *type = o ? nd_cstr(ctx, nd_get(ctx, o, "type"), exc) : NULL;
    if (o && !type) return -1;
    uv_stdio_container_t *c = &a->stdio[i];
    if (!type || strcmp(type, "ignore") == 0) {
      c->flags = UV_IGNORE;
    } else if (strcmp(type, "pipe") == 0 || strcmp(type, "wrap") == 0) {
      bool pipe = type[0] == 'p';
      nd_handle_t *h =
          nd_handle_of(ctx, nd_get(ctx, o, "handle"), pipe ? rt->wrap.pipe : rt->wrap.stream);
      if (!h || h->state != ND_HANDLE_OPEN) {
        free(type);
        return UV_EINVAL;
      }
      c->flags = pipe ? UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE : UV_INHERIT_STREAM;
      c->data.stream = &h->uv.stream;
    } else {
      c->flags = UV_INHERIT_FD;
      c->data.fd = nd_to_int32(ctx, nd_get(ctx, o, "fd"));
    }
    free(type);
  }
  return 0;
}

static int parse_options(JSContextRef ctx, nd_rt_t *rt, JSObjectRef o, spawn_args_t *a,
                         uv_process_options_t *po, JSValueRef *exc) {
  if (!nd_spawn_options_read(ctx, o, &a->strings, po, exc)) return -1;
  return parse_stdio(ctx, rt, nd_get(ctx, o, "stdio"), a, po, exc);
}

static void on_child_exit(uv_process_t *proc, int64_t status, int term_signal) {
  nd_handle_t *h = proc->data;
  JSContextRef ctx = h->rt->ctx;
  JSValueRef args[2] = {nd_num(ctx, (double)status),
                        nd_str(ctx, term_signal > 0 ? nd_signal_name(term_signal) : "")};
  nd_handle_emit(h, "onexit", 2, args);
}

static nd_handle_t *self_process(JSContextRef ctx, JSObjectRef self, JSValueRef *exc) {
  nd_handle_t *h = nd_handle_of(ctx, self, nd_rt_from_ctx(ctx)->wrap.process);
  if (!h) *exc = nd_error(ctx, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  return h;
}

/* spawn(options) -> 0 or a negative code; see the header comment */
static ND_FN(process_spawn) {
  nd_rt_t *rt = nd_rt_from_ctx(ctx);
  nd_handle_t *h = self_process(ctx, self, exc);
  if (!h) return NULL;
  JSObjectRef o = nd_toobj(ctx, ND_ARG(0));
  if (!o) {
    *exc = nd_error(ctx, "TypeError", "ERR_INVALID_ARG_TYPE", "options must be an object");
    return NULL;
  }
  if (h->state != ND_HANDLE_UNINIT) return nd_num(ctx, UV_EINVAL);
  spawn_args_t a = {0};
  uv_process_options_t po = {0};
  po.exit_cb = on_child_exit;
  int r = parse_options(ctx, rt, o, &a, &po, exc);
  if (r == 0) {
    r = uv_spawn(&rt->loop, &h->uv.process, &po);
    nd_handle_opened(h); /* initialized even when the spawn failed */
    if (r == 0) nd_set(ctx, self, "pid", nd_num(ctx, h->uv.process.pid));
  }
  nd_spawn_strings_free(&a.strings);
  free(a.stdio);
  if (r == -1 && *exc) return NULL;
  return nd_num(ctx, r);
}

/* kill(signal) -> 0 or a negative code (ESRCH once the child is gone) */
static ND_FN(process_kill) {
  nd_handle_t *h = self_process(ctx, self, exc);
  if (!h) return NULL;
  if (h->state != ND_HANDLE_OPEN) return nd_num(ctx, UV_EBADF);
  return nd_num(ctx, uv_process_kill(&h->uv.process, nd_to_int32(ctx, ND_ARG(0))));
}

const JSStaticFunction nd_process_functions[] = {
    {"spawn", process_spawn, kJSPropertyAttributeDontEnum},
    {"kill", process_kill, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

static JSObjectRef process_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                     const JSValueRef argv[], JSValueRef *exc) {
  nd_rt_t *rt = nd_rt_from_ctx(ctx);
  nd_handle_t *h;
  return nd_handle_new(rt, rt->wrap.process, &h);
}

void nd_process_wrap_init(nd_rt_t *rt, JSObjectRef target) {
  JSContextRef ctx = rt->ctx;
  nd_wrap_classes_init(rt);
  /* the codes ChildProcess treats specially */
  static const struct {
    const char *name;
    int code;
  } codes[] = {{"UV_EACCES", UV_EACCES}, {"UV_EAGAIN", UV_EAGAIN}, {"UV_EMFILE", UV_EMFILE},
               {"UV_ENFILE", UV_ENFILE}, {"UV_ENOENT", UV_ENOENT}, {"UV_ESRCH", UV_ESRCH},
               {"UV_EINVAL", UV_EINVAL}, {"UV_ENOSYS", UV_ENOSYS}};
  JSObjectRef uv = JSObjectMake(ctx, NULL, NULL);
  for (size_t i = 0; i < ND_COUNTOF(codes); i++)
    nd_set(ctx, uv, codes[i].name, nd_num(ctx, codes[i].code));
  nd_set(ctx, target, "codes", uv);
  nd_set(rt->ctx, target, "Process",
         JSObjectMakeConstructor(rt->ctx, rt->wrap.process, process_construct));
}
