/* errors: libuv's error names and messages, for Node's system errors
 * ("ENOENT: no such file or directory, open 'x'"). */
#include "bind/bindings.h"
#include "rt/value.h"

/* uvErrName(code) -> 'ENOENT' (libuv's name for a negative code) */
static ND_FN(errors_uv_err_name) {
  int code = (int)nd_tonum(ctx, ND_ARG(0));
  return nd_str(ctx, uv_err_name(code));
}

/* uvErrMessage(code) -> 'no such file or directory' */
static ND_FN(errors_uv_err_message) {
  int code = (int)nd_tonum(ctx, ND_ARG(0));
  return nd_str(ctx, uv_strerror(code));
}

void nd_errors_init(nd_rt_t *rt, JSObjectRef target) {
  static const nd_fn_entry_t fns[] = {
      {"uvErrName", errors_uv_err_name},
      {"uvErrMessage", errors_uv_err_message},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
}
