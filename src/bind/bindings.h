/* Every native binding, in one list: internalBinding(name) finds its init here. */
#ifndef ND_BIND_BINDINGS_H
#define ND_BIND_BINDINGS_H

#include "rt/rt.h"

#define ND_BINDINGS(X) \
  X(buffer)            \
  X(builtins)          \
  X(contextify)        \
  X(crypto)            \
  X(encoding)          \
  X(errors)            \
  X(esm)               \
  X(fs)                \
  X(module_fs)         \
  X(os)                \
  X(pipe_wrap)         \
  X(process)           \
  X(process_wrap)      \
  X(spawn_sync)        \
  X(stream_wrap)       \
  X(task)              \
  X(timers)            \
  X(url)               \
  X(util)

#define ND_DECLARE_INIT(name) void nd_##name##_init(nd_rt_t *rt, JSObjectRef target);
ND_BINDINGS(ND_DECLARE_INIT)
#undef ND_DECLARE_INIT

#endif
