/* pipe_wrap: the Pipe handle (a uv_pipe_t), a stream handle that child
 * processes' stdio pipes (and later IPC and local sockets) are made of.
 * new Pipe(type) with type SOCKET, SERVER or IPC; open(fd) adopts an fd.
 * Binding, listening and connecting are not here yet. */
#include "bind/bindings.h"
#include "bind/handle_wrap.h"

enum { ND_PIPE_SOCKET = 0, ND_PIPE_SERVER = 1, ND_PIPE_IPC = 2 };

static JSObjectRef pipe_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                  const JSValueRef argv[], JSValueRef *exc) {
  nd_rt_t *rt = nd_rt_from_ctx(ctx);
  double type = nd_tonum(ctx, ND_ARG(0));
  if (type != ND_PIPE_SOCKET && type != ND_PIPE_SERVER && type != ND_PIPE_IPC) {
    *exc = nd_error(ctx, "TypeError", "ERR_INVALID_ARG_VALUE", "Invalid pipe type");
    return NULL;
  }
  nd_handle_t *h;
  JSObjectRef obj = nd_handle_new(rt, rt->wrap.pipe, &h);
  ND_CHECK(uv_pipe_init(&rt->loop, &h->uv.pipe, type == ND_PIPE_IPC) == 0);
  nd_handle_opened(h);
  return obj;
}

/* open(fd) -> 0 or a negative code */
static ND_FN(pipe_open) {
  nd_handle_t *h = nd_handle_of(ctx, self, nd_rt_from_ctx(ctx)->wrap.pipe);
  if (!h) {
    *exc = nd_error(ctx, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
    return NULL;
  }
  if (h->state != ND_HANDLE_OPEN) return nd_num(ctx, UV_EBADF);
  double fd = nd_tonum(ctx, ND_ARG(0));
  if (!(fd >= 0 && fd <= 2147483647)) return nd_num(ctx, UV_EBADF);
  return nd_num(ctx, uv_pipe_open(&h->uv.pipe, (uv_file)fd));
}

const JSStaticFunction nd_pipe_functions[] = {
    {"open", pipe_open, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

void nd_pipe_wrap_init(nd_rt_t *rt, JSObjectRef target) {
  JSContextRef ctx = rt->ctx;
  nd_wrap_classes_init(rt);
  nd_set(ctx, target, "Pipe", JSObjectMakeConstructor(ctx, rt->wrap.pipe, pipe_construct));
  JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
  nd_set(ctx, constants, "SOCKET", nd_num(ctx, ND_PIPE_SOCKET));
  nd_set(ctx, constants, "SERVER", nd_num(ctx, ND_PIPE_SERVER));
  nd_set(ctx, constants, "IPC", nd_num(ctx, ND_PIPE_IPC));
  nd_set(ctx, constants, "UV_READABLE", nd_num(ctx, UV_READABLE));
  nd_set(ctx, constants, "UV_WRITABLE", nd_num(ctx, UV_WRITABLE));
  nd_set(ctx, target, "constants", constants);
}
