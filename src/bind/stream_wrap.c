/* stream_wrap: what every uv_stream_t handle can do (Node's LibuvStreamWrap),
 * shared by Pipe (and later TCP) through the class chain of handle_wrap.c.
 *
 * Reads go to owner.onread(nread, arrayBuffer): nread > 0 with the bytes,
 * or a negative libuv code (UV_EOF at the end) and no buffer.
 * writeBuffer/writeUtf8String/.../writev(req, data) and shutdown(req)
 * return 0 or a negative code. A write that the kernel takes at once
 * completes synchronously (req.async = false); otherwise the rest is copied
 * and req.oncomplete(status) runs later. req.bytes is the byte count. */
#include <string.h>

#include "bind/bindings.h"
#include "bind/handle_wrap.h"
#include "rt/text.h"

enum { ND_READ_CHUNK = 65536 };

typedef struct {
  uv_write_t req;
  nd_handle_t *h;
  JSObjectRef obj;
  char data[];
} write_req_t;

typedef struct {
  uv_shutdown_t req;
  nd_handle_t *h;
  JSObjectRef obj;
} shutdown_req_t;

static nd_handle_t *self_stream(JSContextRef ctx, JSObjectRef self, JSValueRef *exc) {
  nd_handle_t *h = nd_handle_of(ctx, self, nd_rt_from_ctx(ctx)->wrap.stream);
  if (!h) *exc = nd_error(ctx, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  return h;
}

static void free_bytes(void *bytes, void *ctx) {
  (void)ctx;
  free(bytes);
}

static void on_alloc(uv_handle_t *uvh, size_t hint, uv_buf_t *buf) {
  (void)uvh;
  (void)hint;
  char *p = malloc(ND_READ_CHUNK);
  ND_CHECK(p);
  *buf = uv_buf_init(p, ND_READ_CHUNK);
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  nd_handle_t *h = s->data;
  JSContextRef ctx = h->rt->ctx;
  if (n == 0) {
    free(buf->base);
    return;
  }
  if (n < 0) {
    free(buf->base);
    JSValueRef arg = nd_num(ctx, (double)n);
    nd_handle_emit(h, "onread", 1, &arg);
    return;
  }
  h->bytes_read += (double)n;
  char *bytes = buf->base;
  /* a small read should not pin a whole chunk */
  if ((size_t)n < ND_READ_CHUNK / 4) {
    char *small = realloc(bytes, (size_t)n);
    if (small) bytes = small;
  }
  JSObjectRef ab =
      JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, (size_t)n, free_bytes, NULL, NULL);
  ND_CHECK(ab);
  JSValueRef args[2] = {nd_num(ctx, (double)n), ab};
  nd_handle_emit(h, "onread", 2, args);
}

static ND_FN(stream_read_start) {
  nd_handle_t *h = self_stream(ctx, self, exc);
  if (!h) return NULL;
  if (h->state != ND_HANDLE_OPEN) return nd_num(ctx, UV_EBADF);
  int r = uv_read_start(&h->uv.stream, on_alloc, on_read);
  return nd_num(ctx, r == UV_EALREADY ? 0 : r);
}

static ND_FN(stream_read_stop) {
  nd_handle_t *h = self_stream(ctx, self, exc);
  if (!h) return NULL;
  if (h->state != ND_HANDLE_OPEN) return nd_num(ctx, UV_EBADF);
  return nd_num(ctx, uv_read_stop(&h->uv.stream));
}

static void on_write(uv_write_t *req, int status) {
  write_req_t *w = (write_req_t *)req;
  nd_rt_t *rt = w->h->rt;
  JSContextRef ctx = rt->ctx;
  JSObjectRef fn = nd_toobj(ctx, nd_get(ctx, w->obj, "oncomplete"));
  if (fn && JSObjectIsFunction(ctx, fn) && !nd_handle_torn_down(w->h)) {
    JSValueRef arg = nd_num(ctx, status);
    nd_call(rt, fn, w->obj, 1, &arg);
  }
  JSValueUnprotect(ctx, w->obj);
  free(w);
}

/* Writes len bytes for req: at once if the kernel takes them, else queued.
 * Takes ownership of nothing; queued bytes are copied. */
static int do_write(JSContextRef ctx, nd_handle_t *h, JSObjectRef req, const char *data,
                    size_t len) {
  if (h->state != ND_HANDLE_OPEN) return UV_EBADF;
  if (len > UINT32_MAX) return UV_ENOBUFS; /* one uv_buf_t holds at most 4 GiB */
  size_t done = 0;
  if (uv_stream_get_write_queue_size(&h->uv.stream) == 0 && len > 0) {
    uv_buf_t b = uv_buf_init((char *)data, (unsigned)len);
    int r = uv_try_write(&h->uv.stream, &b, 1);
    if (r >= 0)
      done = (size_t)r;
    else if (r != UV_EAGAIN && r != UV_ENOSYS)
      return r;
  }
  h->bytes_written += (double)len;
  nd_set(ctx, req, "bytes", nd_num(ctx, (double)len));
  if (done == len && len > 0) {
    nd_set(ctx, req, "async", JSValueMakeBoolean(ctx, false));
    return 0;
  }
  size_t rest = len - done;
  write_req_t *w = malloc(sizeof *w + (rest ? rest : 1));
  ND_CHECK(w);
  memcpy(w->data, data + done, rest);
  w->h = h;
  w->obj = req;
  uv_buf_t b = uv_buf_init(w->data, (unsigned)rest);
  int r = uv_write(&w->req, &h->uv.stream, &b, 1, on_write);
  if (r < 0) {
    free(w);
    return r;
  }
  JSValueProtect(ctx, req);
  nd_set(ctx, req, "async", JSValueMakeBoolean(ctx, true));
  return 0;
}

/* The bytes of a typed array or DataView, or false. */
static bool view_bytes(JSContextRef ctx, JSValueRef v, const char **data, size_t *len) {
  JSObjectRef o = nd_toobj(ctx, v);
  if (!o) return false;
  JSTypedArrayType t = JSValueGetTypedArrayType(ctx, o, NULL);
  if (t == kJSTypedArrayTypeNone) return false;
  if (t == kJSTypedArrayTypeArrayBuffer) {
    *data = JSObjectGetArrayBufferBytesPtr(ctx, o, NULL);
    *len = JSObjectGetArrayBufferByteLength(ctx, o, NULL);
  } else {
    /* the engine hands out the start of the whole buffer, not of the view */
    *data = (const char *)JSObjectGetTypedArrayBytesPtr(ctx, o, NULL) +
            JSObjectGetTypedArrayByteOffset(ctx, o, NULL);
    *len = JSObjectGetTypedArrayByteLength(ctx, o, NULL);
  }
  if (!*data) *len = 0;
  return true;
}

static JSObjectRef req_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                           JSValueRef *exc) {
  JSObjectRef req = nd_toobj(ctx, ND_ARG(0));
  if (!req) *exc = nd_error(ctx, "TypeError", "ERR_INVALID_ARG_TYPE", "req must be an object");
  return req;
}

/* writeBuffer(req, view) */
static ND_FN(stream_write_buffer) {
  nd_handle_t *h = self_stream(ctx, self, exc);
  JSObjectRef req = h ? req_arg(ctx, argc, argv, exc) : NULL;
  if (!req) return NULL;
  const char *data;
  size_t len;
  if (!view_bytes(ctx, ND_ARG(1), &data, &len)) {
    *exc = nd_error(ctx, "TypeError", "ERR_INVALID_ARG_TYPE", "data must be a buffer");
    return NULL;
  }
  return nd_num(ctx, do_write(ctx, h, req, data, len));
}

static JSValueRef write_string(JSContextRef ctx, JSObjectRef self, size_t argc,
                               const JSValueRef argv[], JSValueRef *exc, const char *enc) {
  nd_handle_t *h = self_stream(ctx, self, exc);
  JSObjectRef req = h ? req_arg(ctx, argc, argv, exc) : NULL;
  if (!req) return NULL;
  JSStringRef s = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (!s) return NULL;
  char *data = NULL;
  size_t len = 0;
  int r = nd_text_encode(s, enc, &data, &len);
  JSStringRelease(s);
  ND_CHECK(r == 0);
  r = do_write(ctx, h, req, data, len);
  free(data);
  return nd_num(ctx, r);
}

static ND_FN(stream_write_utf8) { return write_string(ctx, self, argc, argv, exc, "utf8"); }
static ND_FN(stream_write_latin1) { return write_string(ctx, self, argc, argv, exc, "latin1"); }
static ND_FN(stream_write_ascii) { return write_string(ctx, self, argc, argv, exc, "ascii"); }
static ND_FN(stream_write_ucs2) { return write_string(ctx, self, argc, argv, exc, "utf16le"); }

/* writev(req, views): the views go out as one write */
static ND_FN(stream_writev) {
  nd_handle_t *h = self_stream(ctx, self, exc);
  JSObjectRef req = h ? req_arg(ctx, argc, argv, exc) : NULL;
  if (!req) return NULL;
  JSObjectRef arr = nd_toobj(ctx, ND_ARG(1));
  double n = arr ? nd_tonum(ctx, nd_get(ctx, arr, "length")) : 0;
  if (!(n >= 0 && n < 1e9)) n = 0;
  size_t total = 0;
  for (unsigned i = 0; i < (unsigned)n; i++) {
    const char *d;
    size_t l;
    if (!view_bytes(ctx, JSObjectGetPropertyAtIndex(ctx, arr, i, NULL), &d, &l)) {
      *exc = nd_error(ctx, "TypeError", "ERR_INVALID_ARG_TYPE", "chunks must be buffers");
      return NULL;
    }
    total += l;
  }
  char *all = malloc(total ? total : 1);
  ND_CHECK(all);
  size_t off = 0;
  for (unsigned i = 0; i < (unsigned)n; i++) {
    const char *d;
    size_t l;
    view_bytes(ctx, JSObjectGetPropertyAtIndex(ctx, arr, i, NULL), &d, &l);
    if (l) memcpy(all + off, d, l);
    off += l;
  }
  int r = do_write(ctx, h, req, all, total);
  free(all);
  return nd_num(ctx, r);
}

static void on_shutdown(uv_shutdown_t *req, int status) {
  shutdown_req_t *s = (shutdown_req_t *)req;
  nd_rt_t *rt = s->h->rt;
  JSContextRef ctx = rt->ctx;
  JSObjectRef fn = nd_toobj(ctx, nd_get(ctx, s->obj, "oncomplete"));
  if (fn && JSObjectIsFunction(ctx, fn) && !nd_handle_torn_down(s->h)) {
    JSValueRef arg = nd_num(ctx, status);
    nd_call(rt, fn, s->obj, 1, &arg);
  }
  JSValueUnprotect(ctx, s->obj);
  free(s);
}

/* shutdown(req): ends the writable side once queued writes are out */
static ND_FN(stream_shutdown) {
  nd_handle_t *h = self_stream(ctx, self, exc);
  JSObjectRef req = h ? req_arg(ctx, argc, argv, exc) : NULL;
  if (!req) return NULL;
  if (h->state != ND_HANDLE_OPEN) return nd_num(ctx, UV_EBADF);
  shutdown_req_t *s = malloc(sizeof *s);
  ND_CHECK(s);
  s->h = h;
  s->obj = req;
  int r = uv_shutdown(&s->req, &h->uv.stream, on_shutdown);
  if (r < 0) {
    free(s);
    return nd_num(ctx, r);
  }
  JSValueProtect(ctx, req);
  return nd_num(ctx, 0);
}

static JSValueRef get_bytes_read(JSContextRef ctx, JSObjectRef obj, JSStringRef name,
                                 JSValueRef *exc) {
  nd_handle_t *h = nd_handle_of(ctx, obj, nd_rt_from_ctx(ctx)->wrap.stream);
  return h ? nd_num(ctx, h->bytes_read) : NULL;
}

static JSValueRef get_bytes_written(JSContextRef ctx, JSObjectRef obj, JSStringRef name,
                                    JSValueRef *exc) {
  nd_handle_t *h = nd_handle_of(ctx, obj, nd_rt_from_ctx(ctx)->wrap.stream);
  return h ? nd_num(ctx, h->bytes_written) : NULL;
}

static JSValueRef get_fd(JSContextRef ctx, JSObjectRef obj, JSStringRef name, JSValueRef *exc) {
  nd_handle_t *h = nd_handle_of(ctx, obj, nd_rt_from_ctx(ctx)->wrap.stream);
  if (!h) return NULL;
  uv_os_fd_t fd;
  if (h->state != ND_HANDLE_OPEN || uv_fileno(&h->uv.handle, &fd) < 0) return nd_num(ctx, -1);
  return nd_num(ctx, fd);
}

static JSValueRef get_write_queue_size(JSContextRef ctx, JSObjectRef obj, JSStringRef name,
                                       JSValueRef *exc) {
  nd_handle_t *h = nd_handle_of(ctx, obj, nd_rt_from_ctx(ctx)->wrap.stream);
  if (!h) return NULL;
  size_t n = h->state == ND_HANDLE_OPEN ? uv_stream_get_write_queue_size(&h->uv.stream) : 0;
  return nd_num(ctx, (double)n);
}

const JSStaticFunction nd_stream_functions[] = {
    {"readStart", stream_read_start, kJSPropertyAttributeDontEnum},
    {"readStop", stream_read_stop, kJSPropertyAttributeDontEnum},
    {"writeBuffer", stream_write_buffer, kJSPropertyAttributeDontEnum},
    {"writeUtf8String", stream_write_utf8, kJSPropertyAttributeDontEnum},
    {"writeLatin1String", stream_write_latin1, kJSPropertyAttributeDontEnum},
    {"writeAsciiString", stream_write_ascii, kJSPropertyAttributeDontEnum},
    {"writeUcs2String", stream_write_ucs2, kJSPropertyAttributeDontEnum},
    {"writev", stream_writev, kJSPropertyAttributeDontEnum},
    {"shutdown", stream_shutdown, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
};

const JSStaticValue nd_stream_values[] = {
    {"bytesRead", get_bytes_read, NULL,
     kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly},
    {"bytesWritten", get_bytes_written, NULL,
     kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly},
    {"fd", get_fd, NULL, kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly},
    {"writeQueueSize", get_write_queue_size, NULL,
     kJSPropertyAttributeDontEnum | kJSPropertyAttributeReadOnly},
    {NULL, NULL, NULL, 0},
};

/* isStreamHandle(v): whether v is a stream handle (Pipe, ...) */
static ND_FN(stream_is_stream_handle) {
  return JSValueMakeBoolean(ctx,
                            nd_handle_of(ctx, ND_ARG(0), nd_rt_from_ctx(ctx)->wrap.stream) != NULL);
}

void nd_stream_wrap_init(nd_rt_t *rt, JSObjectRef target) {
  nd_wrap_classes_init(rt);
  static const nd_fn_entry_t fns[] = {
      {"isStreamHandle", stream_is_stream_handle},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
  nd_set(rt->ctx, target, "UV_EOF", nd_num(rt->ctx, UV_EOF));
  nd_set(rt->ctx, target, "UV_EAGAIN", nd_num(rt->ctx, UV_EAGAIN));
  nd_set(rt->ctx, target, "UV_ECANCELED", nd_num(rt->ctx, UV_ECANCELED));
  nd_set(rt->ctx, target, "UV_ENOTCONN", nd_num(rt->ctx, UV_ENOTCONN));
}
