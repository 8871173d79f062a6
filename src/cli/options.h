/* The command line, parsed as Node parses it: Node's options and V8's flags
 * (tables generated from Node itself), NODE_OPTIONS, --env-file. */
#ifndef ND_CLI_OPTIONS_H
#define ND_CLI_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
  ND_OPT_NOOP,     /* accepted, means nothing any more */
  ND_OPT_V8,       /* a V8 flag Node lists itself; V8's table gives the value kind */
  ND_OPT_BOOL,
  ND_OPT_INT,
  ND_OPT_UINT,
  ND_OPT_STRING,
  ND_OPT_HOSTPORT,
  ND_OPT_LIST,     /* repeatable: every value is kept */
} nd_opt_kind_t;

/* One option as given: canonical name ("--require"), its value (NULL for a
 * boolean) and, for booleans, whether it was negated with --no-. */
typedef struct {
  const char *name;
  char *value;
  bool on;
  nd_opt_kind_t kind;
} nd_opt_t;

typedef struct {
  nd_opt_t *items;
  size_t len, cap;
} nd_opt_list_t;

typedef struct nd_cli {
  const char *argv0;
  char **exec_argv; /* the options before the script, as typed */
  int exec_argc;
  char **args;      /* script (if any) and its arguments */
  int args_len;
  nd_opt_list_t env_opts; /* from NODE_OPTIONS: they come first */
  nd_opt_list_t cli_opts;
  /* what main() acts on */
  const char *eval_src;
  bool print_eval, check, interactive, version, help, force_stdin;
  bool expose_gc;
  uint64_t max_old_space_mb; /* 0: not given */
  uint64_t start_time;       /* uv_hrtime() at start, for process.uptime() */
} nd_cli_t;

/* Parses argv (and NODE_OPTIONS, env files). Returns -1 to go on, or an
 * exit code after printing Node's message (9 for a bad option). */
int nd_cli_parse(nd_cli_t *cli, int argc, char **argv);
void nd_cli_free(nd_cli_t *cli);

/* The last value given for option `name` (canonical, with "--"), or NULL. */
const nd_opt_t *nd_cli_last(const nd_cli_t *cli, const char *name);

/* Node's table entry for `name` (with "--"): false when Node has no such
 * option of its own (V8 flags included). */
bool nd_cli_option_info(const char *name, nd_opt_kind_t *kind, bool *default_true);

/* Node option table queries, for process.allowedNodeEnvironmentFlags and
 * getOptionValue defaults: calls fn for each Node option. */
typedef void (*nd_opt_visit_fn)(void *ud, const char *name, nd_opt_kind_t kind, bool env_ok,
                                bool default_true);
void nd_cli_each_option(nd_opt_visit_fn fn, void *ud);

/* Loads a dotenv file into the environment, never replacing a variable that
 * is set. 0 or a negative libuv error. */
int nd_dotenv_load(const char *path);
/* Parses dotenv text, calling fn for each KEY=VALUE in order. */
typedef void (*nd_dotenv_fn)(void *ud, const char *key, const char *value);
void nd_dotenv_parse(const char *src, size_t len, nd_dotenv_fn fn, void *ud);

#endif
