#define _GNU_SOURCE
#include "rt/engine.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rt/jsc_private.h"

/* The engine reads its options once, the first time: besides a pass over
 * the environment for JSC_* variables, it asks getenv() for each of its
 * ~600 options by name, each a scan of the whole environment. Shown only
 * the JSC_* variables, it reads the same values for a fraction of that. */
static void options_initialize(void) {
  static bool done;
  if (done) return;
  done = true;
  size_t n = 0, k = 0;
  while (environ[n]) n++;
  char **jsc = malloc((n + 1) * sizeof *jsc);
  if (!jsc) {
    nd_jsc_options_initialize();
    return;
  }
  for (size_t i = 0; i < n; i++)
    if (strncmp(environ[i], "JSC_", 4) == 0) jsc[k++] = environ[i];
  jsc[k] = NULL;
  char **saved = environ;
  environ = jsc;
  nd_jsc_options_initialize();
  environ = saved;
  free(jsc);
}

int nd_engine_set_options(const char *options) {
  options_initialize();
  return nd_jsc_options_set(options) ? 0 : -1;
}

void nd_engine_language_options(void) {
  /* V8 has no proper tail calls: strict-mode `return f()` keeps its frame
   * in stack traces (assert.ok reads its caller's source from it).
   * useExplicitResourceManagement: Symbol.dispose, `using`. */
  nd_engine_set_options(
      "useSharedArrayBuffer=true useTailCalls=false "
      "useExplicitResourceManagement=true");
}
