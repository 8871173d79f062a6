/* The JS-owned libuv handles (Node's HandleWrap family): one C struct per
 * handle, owned by a JS object of one of the classes below. The object is
 * protected from the moment the handle is initialized until its close
 * callback ran, so an open handle never loses its owner; the struct itself
 * is freed by the object's finalizer. */
#ifndef ND_BIND_HANDLE_WRAP_H
#define ND_BIND_HANDLE_WRAP_H

#include "rt/rt.h"
#include "rt/value.h"

enum { ND_HANDLE_UNINIT = 0, ND_HANDLE_OPEN, ND_HANDLE_CLOSING, ND_HANDLE_CLOSED };

typedef struct {
  union {
    uv_handle_t handle;
    uv_stream_t stream;
    uv_pipe_t pipe;
    uv_process_t process;
  } uv;
  nd_rt_t *rt;
  JSObjectRef obj;     /* the owner; protected while state is OPEN or CLOSING */
  JSObjectRef onclose; /* close(cb)'s callback, protected until it ran */
  int state;
  double bytes_read;    /* streams */
  double bytes_written; /* streams */
} nd_handle_t;

/* The classes, created once per runtime: handle <- stream <- pipe, and
 * handle <- process. */
void nd_wrap_classes_init(nd_rt_t *rt);
/* A new owner object of class cls with a zeroed handle struct. */
JSObjectRef nd_handle_new(nd_rt_t *rt, JSClassRef cls, nd_handle_t **out);
/* After the uv handle was initialized: mark it open, protect the owner. */
void nd_handle_opened(nd_handle_t *h);
/* The handle struct of `v` if it is an object of class cls, else NULL. */
nd_handle_t *nd_handle_of(JSContextRef ctx, JSValueRef v, JSClassRef cls);
/* Whether the runtime is closing the handle at teardown (uv_walk in
 * nd_rt_free): it is closing though close() never ran. No JS runs then. */
static inline bool nd_handle_torn_down(const nd_handle_t *h) {
  return h->state == ND_HANDLE_OPEN && uv_is_closing(&h->uv.handle);
}
/* Calls owner[name](...args) if it is a function (through nd_call). */
void nd_handle_emit(nd_handle_t *h, const char *name, size_t argc, const JSValueRef *argv);

void nd_wrap_classes_free(nd_rt_t *rt);

/* Method tables of the classes, each beside its code. */
extern const JSStaticFunction nd_stream_functions[]; /* stream_wrap.c */
extern const JSStaticValue nd_stream_values[];
extern const JSStaticFunction nd_pipe_functions[];    /* pipe_wrap.c */
extern const JSStaticFunction nd_process_functions[]; /* process_wrap.c */

#endif
