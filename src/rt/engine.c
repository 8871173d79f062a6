#include "rt/engine.h"

#include "rt/jsc_private.h"

int nd_engine_set_options(const char *options) {
  nd_jsc_options_initialize();
  return nd_jsc_options_set(options) ? 0 : -1;
}

void nd_engine_language_options(void) {
  /* V8 has no proper tail calls: strict-mode `return f()` keeps its frame
   * in stack traces (assert.ok reads its caller's source from it).
   * useExplicitResourceManagement: Symbol.dispose, `using`. */
  nd_engine_set_options("useSharedArrayBuffer=true useTailCalls=false "
                        "useExplicitResourceManagement=true");
}
