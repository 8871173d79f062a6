/* nodus command line: parse the options (src/cli), set up the engine, run
 * the runtime, return its exit code. */
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/sysinfo.h>
#include <unistd.h>

#include "cli/options.h"
#include "rt/engine.h"
#include "rt/jsc_private.h"
#include "rt/rt.h"
#include "rt/runloop.h"

#define ND_VERSION "v26.12.1"

static void print_help(const char *argv0) {
  printf(
      "Usage: %s [options] [ script.js ] [arguments]\n"
      "\n"
      "Runs script.js with the Node.js %s API. Without a script, a program is\n"
      "read from standard input when it is not a terminal.\n"
      "\n"
      "Options (every option of Node.js %s is accepted; those that mean\n"
      "nothing to this engine are ignored):\n"
      "  -                        read the script from standard input\n"
      "  --                       end of options; what follows is the script\n"
      "  -e, --eval CODE          run CODE\n"
      "  -p, --print CODE         run CODE and print its result\n"
      "  -c, --check              check the script's syntax without running it\n"
      "  -r, --require MODULE     load MODULE first (repeatable)\n"
      "  --expose-gc              define gc() to collect garbage\n"
      "  --no-warnings            do not print process warnings\n"
      "  --no-deprecation         do not print deprecation warnings\n"
      "  --throw-deprecation      throw deprecations as errors\n"
      "  --trace-warnings         print a stack trace with each warning\n"
      "  --trace-deprecation      print a stack trace with each deprecation\n"
      "  --pending-deprecation    also warn about pending deprecations\n"
      "  --disable-warning=CODE   do not print warnings of this code or type\n"
      "  --stack-trace-limit=N    frames kept in error stacks\n"
      "  --max-old-space-size=MB  size the heap for this much memory\n"
      "  --title=TITLE            set the process title\n"
      "  --unhandled-rejections=MODE  throw, strict, warn, none, warn-with-error-code\n"
      "  --env-file=FILE          load environment variables from FILE\n"
      "  -v, --version            print the version\n"
      "  -h, --help               print this help\n"
      "\n"
      "Environment: NODE_OPTIONS (options, as Node allows there), NODE_PATH.\n",
      argv0, ND_VERSION, ND_VERSION);
}

/* The heap is sized from the machine's RAM unless told otherwise: the
 * --max-old-space-size, or the cgroup memory limit when that is lower; 0
 * leaves the engine's own reading. */
static uint64_t heap_limit(const nd_cli_t *cli) {
  uint64_t limit = cli->max_old_space_mb * 1024 * 1024;
  if (!limit) {
    struct sysinfo si; /* what the engine reads too; /proc/meminfo costs more */
    uint64_t total = sysinfo(&si) == 0 ? (uint64_t)si.totalram * si.mem_unit : 0;
    uint64_t cg = uv_get_constrained_memory();
    char buf[64];
    int fd = open("/sys/fs/cgroup/memory.max", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      ssize_t n = read(fd, buf, sizeof buf - 1);
      close(fd);
      if (n > 0) {
        buf[n] = 0;
        uint64_t v = strtoull(buf, NULL, 10);
        if (v && (!cg || v < cg)) cg = v;
      }
    }
    if (cg && cg < total) limit = cg;
  }
  return limit;
}

static void engine_init(const nd_cli_t *cli) {
  /* The engine suspends threads for GC with SIGUSR1 unless told otherwise;
   * Node programs own SIGUSR1, so a free realtime signal. */
  JSConfigureSignalForGC(40);
  nd_engine_language_options();
  char opts[192];
  uint64_t limit = heap_limit(cli);
  /* defaultErrorStackTraceLimit: V8's default.
   * smallHeapSize: a VM made through the C API collects after every 1 MB
   * allocated until its heap grows; loading a few hundred modules then
   * costs two collections that mark the whole start-up heap (-8%
   * instructions on bench/require without them). 4 MB leaves a start-up
   * and a hello world uncollected as before (same peak RSS).
   * (The baseline JIT keeps the engine's threshold: a higher one, which
   * kept its thread from starting in a hello world, left the loader's
   * functions interpreted through a few hundred requires: +7% there.)
   * useConcurrentJIT with --expose-gc: an optimizing compile in flight on a
   * JIT thread holds the objects it speculated on, and gc() would then
   * keep, at random, what a test dropped. */
  int n = snprintf(opts, sizeof opts, "defaultErrorStackTraceLimit=10 smallHeapSize=4194304%s",
                   cli->expose_gc ? " useConcurrentJIT=false" : "");
  if (limit) snprintf(opts + n, sizeof opts - (size_t)n, " forceRAMSize=%llu", (unsigned long long)limit);
  nd_engine_set_options(opts);
}

int main(int argc, char **argv) {
  argv = uv_setup_args(argc, argv);
  /* as Node: a write to a closed pipe is an EPIPE error, not a silent death */
  signal(SIGPIPE, SIG_IGN);
  nd_cli_t cli;
  int code = nd_cli_parse(&cli, argc, argv);
  if (code < 0 && (cli.version || cli.help)) {
    if (cli.version)
      printf("%s\n", ND_VERSION);
    else
      print_help(argv[0]);
    code = 0;
  }
  if (code >= 0) {
    nd_cli_free(&cli);
    return code;
  }
  bool no_script = cli.args_len == 0 && !cli.force_stdin && !cli.eval_src;
  if (cli.interactive || (no_script && !cli.print_eval && !cli.check && isatty(0))) {
    fprintf(stderr,
            "%s: the REPL is not available yet. Run a script (%s FILE), evaluate code "
            "(%s -e CODE) or pipe a program to standard input.\n",
            argv[0], argv[0], argv[0]);
    nd_cli_free(&cli);
    return 1;
  }

  struct nd_runloop *runloop = nd_runloop_new();
  engine_init(&cli);
  nd_rt_t *rt = nd_rt_new();
  rt->runloop = runloop;
  nd_runloop_start(rt);
  rt->cli = &cli;
  rt->eval_src = cli.eval_src;
  rt->print_eval = cli.print_eval;
  rt->expose_gc = cli.expose_gc;
  rt->exec_argc = cli.exec_argc;
  rt->exec_argv = cli.exec_argv;
  char exe[4096];
  size_t exelen = sizeof exe;
  rt->exec_path = uv_exepath(exe, &exelen) == 0 ? exe : argv[0];
  /* process.argv: [execPath, script, ...args]; a "-" script stays, as in Node */
  char **pargv = calloc((size_t)argc + 2, sizeof *pargv);
  int pargc = 0;
  pargv[pargc++] = rt->exec_path;
  for (int i = 0; i < cli.args_len; i++) pargv[pargc++] = cli.args[i];
  rt->argc = pargc;
  rt->argv = pargv;
  code = nd_rt_run(rt);
  fflush(stdout);
#ifdef __SANITIZE_ADDRESS__
  /* Tearing down the engine costs a full GC (~0.5 ms) and the OS reclaims
   * everything anyway, as with Node; sanitizer builds still do it so the
   * leak check sees every allocation freed. */
  nd_rt_free(rt);
  free(pargv);
  nd_cli_free(&cli);
#endif
  return code;
}
