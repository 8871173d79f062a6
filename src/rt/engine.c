#include "rt/engine.h"

#include <jsc/jsc.h>

void nd_engine_language_options(void) {
  jsc_options_set_boolean("useSharedArrayBuffer", TRUE);
  /* V8 has no proper tail calls: strict-mode `return f()` keeps its frame
   * in stack traces (assert.ok reads its caller's source from it) */
  jsc_options_set_boolean("useTailCalls", FALSE);
  jsc_options_set_boolean("useExplicitResourceManagement", TRUE); /* Symbol.dispose, `using` */
}
