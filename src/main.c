/* nodus command line: options, -e/-p, the script, the exit code. */
#include <jsc/jsc.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "rt/rt.h"

#define ND_VERSION "v26.12.1"

static void usage(void) {
  printf("Usage: nodus [options] [ script.js | -e \"script\" | - ] [arguments]\n");
}

/* The engine suspends threads for GC with SIGUSR1 unless told otherwise;
 * Node programs own SIGUSR1, so move it to a free realtime signal. The
 * engine warns about the variable while it reads JSC_* settings, so stderr
 * is muted for that moment. */
static void engine_init(void) {
  setenv("JSC_SIGNAL_FOR_GC", "40", 1);
  int saved = dup(2);
  int devnull = open("/dev/null", 1);
  if (devnull >= 0) dup2(devnull, 2);
  jsc_options_set_boolean("useSharedArrayBuffer", TRUE);
  jsc_options_set_boolean("useExplicitResourceManagement", TRUE); /* Symbol.dispose, `using` */
  JSGlobalContextRelease(JSGlobalContextCreate(NULL));
  if (saved >= 0) {
    dup2(saved, 2);
    close(saved);
  }
  if (devnull >= 0) close(devnull);
  unsetenv("JSC_SIGNAL_FOR_GC");
}

int main(int argc, char **argv) {
  uv_setup_args(argc, argv);
  nd_rt_t boot = {0};
  char **exec_argv = calloc((size_t)argc + 1, sizeof *exec_argv);
  int exec_argc = 0, i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] != '-' || strcmp(a, "-") == 0) break;
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    }
    exec_argv[exec_argc++] = argv[i];
    if (strcmp(a, "-v") == 0 || strcmp(a, "--version") == 0) {
      printf("%s\n", ND_VERSION);
      return 0;
    }
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      usage();
      return 0;
    }
    if (strcmp(a, "-e") == 0 || strcmp(a, "--eval") == 0 || strcmp(a, "-p") == 0 ||
        strcmp(a, "--print") == 0) {
      if (i + 1 >= argc) {
        fprintf(stderr, "%s: %s requires an argument\n", argv[0], a);
        return 9;
      }
      boot.print_eval = a[1] == 'p' || strcmp(a, "--print") == 0;
      boot.eval_src = argv[++i];
      exec_argv[exec_argc++] = argv[i];
      continue;
    }
  }
  engine_init();
  nd_rt_t *rt = nd_rt_new();
  rt->eval_src = boot.eval_src;
  rt->print_eval = boot.print_eval;
  rt->exec_argc = exec_argc;
  rt->exec_argv = exec_argv;
  char exe[4096];
  size_t exelen = sizeof exe;
  rt->exec_path = uv_exepath(exe, &exelen) == 0 ? exe : argv[0];
  /* process.argv: [execPath, script, ...args] */
  char **pargv = calloc((size_t)argc + 2, sizeof *pargv);
  int pargc = 0;
  pargv[pargc++] = rt->exec_path;
  for (; i < argc; i++) pargv[pargc++] = argv[i];
  rt->argc = pargc;
  rt->argv = pargv;
  int code = nd_rt_run(rt);
  fflush(stdout);
  nd_rt_free(rt);
  free(pargv);
  free(exec_argv);
  return code;
}
