/* crypto: random bytes from the kernel (getrandom(2) through uv_random),
 * for lib/internal/crypto/random.js. The only part of crypto nodus has:
 * JS checks every argument and hands over a Uint8Array covering exactly
 * the bytes to fill; failures come back as negative libuv codes. */
#include <string.h>

#include "bind/bindings.h"
#include "rt/value.h"

/* The bytes of a Uint8Array (NULL when v is none or is detached). */
static uint8_t *u8_bytes(JSContextRef ctx, JSValueRef v, size_t *len) {
  JSObjectRef o = nd_toobj(ctx, v);
  if (!o || JSValueGetTypedArrayType(ctx, o, NULL) != kJSTypedArrayTypeUint8Array) return NULL;
  uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, o, NULL);
  *len = JSObjectGetTypedArrayByteLength(ctx, o, NULL);
  return base ? base + JSObjectGetTypedArrayByteOffset(ctx, o, NULL) : NULL;
}

/* fill(u8) -> 0 or a negative libuv code; synchronous */
static ND_FN(crypto_fill) {
  size_t len = 0;
  uint8_t *p = u8_bytes(ctx, ND_ARG(0), &len);
  if (!p || len == 0) return nd_num(ctx, 0);
  return nd_num(ctx, uv_random(NULL, NULL, p, len, 0, NULL));
}

/* A fill on the thread pool: the bytes are made in memory of our own and
 * copied into the array afterwards, so the engine may move or collect
 * nothing we point into while the work runs. */
typedef struct {
  uv_random_t req;
  nd_rt_t *rt;
  JSObjectRef view;
  JSObjectRef cb;
  size_t len;
  uint8_t bytes[];
} fill_job_t;

static void fill_done(uv_random_t *req, int status, void *buf, size_t buflen) {
  (void)buf;
  (void)buflen;
  fill_job_t *job = (fill_job_t *)req;
  nd_rt_t *rt = job->rt;
  JSContextRef ctx = rt->ctx;
  if (status == 0) {
    size_t len = 0;
    uint8_t *p = u8_bytes(ctx, job->view, &len);
    if (p) memcpy(p, job->bytes, len < job->len ? len : job->len);
  }
  JSValueRef arg = nd_num(ctx, status);
  JSObjectRef cb = job->cb;
  JSValueUnprotect(ctx, job->view);
  free(job);
  nd_call(rt, cb, JSValueMakeUndefined(ctx), 1, &arg);
  JSValueUnprotect(ctx, cb);
}

/* fillAsync(u8, cb): cb(0 or a negative libuv code) once u8 is filled */
static ND_FN(crypto_fill_async) {
  size_t len = 0;
  uint8_t *p = u8_bytes(ctx, ND_ARG(0), &len);
  JSObjectRef cb = nd_toobj(ctx, ND_ARG(1));
  if (!cb || !JSObjectIsFunction(ctx, cb)) {
    *exc = nd_error(ctx, "TypeError", "ERR_INVALID_ARG_TYPE", "callback must be a function");
    return NULL;
  }
  if (!p) len = 0;
  fill_job_t *job = malloc(sizeof *job + (len ? len : 1));
  if (!job) {
    *exc = nd_error(ctx, "RangeError", "ERR_OUT_OF_MEMORY", "Out of memory");
    return NULL;
  }
  job->rt = nd_rt_from_ctx(ctx);
  job->view = (JSObjectRef)ND_ARG(0);
  job->cb = cb;
  job->len = len;
  JSValueProtect(ctx, job->view);
  JSValueProtect(ctx, cb);
  int r = uv_random(&job->rt->loop, &job->req, job->bytes, len, 0, fill_done);
  if (r < 0) {
    JSValueUnprotect(ctx, job->view);
    JSValueUnprotect(ctx, cb);
    free(job);
  }
  return nd_num(ctx, r);
}

void nd_crypto_init(nd_rt_t *rt, JSObjectRef target) {
  static const nd_fn_entry_t fns[] = {
      {"fill", crypto_fill},
      {"fillAsync", crypto_fill_async},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
}
