/* Command-line parsing with Node's rules: options end at the script, "-"
 * or "--"; `--opt=value` and `--opt value`; `--no-` negates booleans;
 * "_" and "-" are the same in option names; options Node does not know go
 * to V8's flag table; NODE_OPTIONS carries only the options Node allows. */
#include "cli/options.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#define COUNTOF(a) (sizeof(a) / sizeof((a)[0]))

typedef struct {
  const char *name; /* without the leading "--" */
  nd_opt_kind_t kind;
  bool env_ok;
  bool default_true;
} node_opt_t;

static const node_opt_t node_opts[] = {
#include "cli/node_options.inc"
};

typedef struct {
  const char *name;
  char kind; /* b bool, m maybe_bool, i int, u uint, U uint64, z size_t, f float, s string */
} v8_flag_t;

static const v8_flag_t v8_flags[] = {
#include "cli/v8_flags.inc"
};

/* Node's aliases (facts from `node --expose-internals`, getCLIOptionsInfo). */
typedef struct {
  const char *from;
  const char *to[2];
} alias_t;

static const alias_t aliases[] = {
    {"-e", {"--eval"}},
    {"-p", {"--print"}},
    {"-pe", {"--print", "--eval"}},
    {"-c", {"--check"}},
    {"-v", {"--version"}},
    {"-h", {"--help"}},
    {"-i", {"--interactive"}},
    {"-r", {"--require"}},
    {"-C", {"--conditions"}},
    {"--loader", {"--experimental-loader"}},
    {"--debug-port", {"--inspect-port"}},
    {"--report-directory", {"--report-dir"}},
    {"--security-reverts", {"--security-revert"}},
    {"--es-module-specifier-resolution", {"--experimental-specifier-resolution"}},
    {"--enable-network-family-autoselection", {"--network-family-autoselection"}},
    {"--experimental-config-file", {"--config-file"}},
    {"--experimental-test-isolation", {"--test-isolation"}},
    {"--experimental-strip-types", {"--strip-types"}},
    {"--webstorage", {"--experimental-webstorage"}},
};

/* `--name=value` forms that set a port as well (the value goes to the first). */
static const alias_t value_aliases[] = {
    {"--inspect", {"--inspect-port", "--inspect"}},
    {"--inspect-brk", {"--inspect-port", "--inspect-brk"}},
    {"--inspect-brk-node", {"--inspect-port", "--inspect-brk-node"}},
    {"--inspect-wait", {"--inspect-port", "--inspect-wait"}},
    {"--debug", {"--debug"}},
    {"--debug-brk", {"--debug-brk"}},
};

static int cmp_node_opt(const void *k, const void *e) {
  return strcmp(k, ((const node_opt_t *)e)->name);
}
static int cmp_v8_flag(const void *k, const void *e) {
  return strcmp(k, ((const v8_flag_t *)e)->name);
}

static const node_opt_t *find_node_opt(const char *name) {
  if (strncmp(name, "--", 2) != 0) return NULL;
  return bsearch(name + 2, node_opts, COUNTOF(node_opts), sizeof node_opts[0],
                 cmp_node_opt);
}

static const v8_flag_t *find_v8_flag(const char *name) {
  if (strncmp(name, "--", 2) != 0) return NULL;
  return bsearch(name + 2, v8_flags, COUNTOF(v8_flags), sizeof v8_flags[0],
                 cmp_v8_flag);
}

static const char *v8_type_name(char k) {
  switch (k) {
    case 'b': return "bool";
    case 'm': return "maybe_bool";
    case 'i': return "int";
    case 'u': return "uint";
    case 'U': return "uint64";
    case 'z': return "size_t";
    case 'f': return "float";
    default: return "string";
  }
}

static bool v8_value_ok(char kind, const char *v) {
  if (kind == 's') return true;
  if (!*v) return false;
  char *end;
  errno = 0;
  if (kind == 'f') {
    strtod(v, &end);
  } else if (kind == 'i') {
    strtoll(v, &end, 10);
  } else {
    if (*v == '-') return false;
    strtoull(v, &end, 10);
  }
  return *end == 0 && errno == 0;
}

static void opt_push(nd_opt_list_t *l, const char *name, const char *value, bool on,
                     nd_opt_kind_t kind) {
  if (l->len == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 16;
    l->items = realloc(l->items, l->cap * sizeof *l->items);
    if (!l->items) abort();
  }
  l->items[l->len++] = (nd_opt_t){strdup(name), value ? strdup(value) : NULL, on, kind};
}

/* One parse pass over a vector of words: the command line, or NODE_OPTIONS. */
typedef struct {
  nd_cli_t *cli;
  char **words;
  int n;
  int i;
  bool from_env;
  nd_opt_list_t *out;
} pass_t;

static int fail(const nd_cli_t *cli, const char *fmt, const char *what) {
  fprintf(stderr, "%s: ", cli->argv0);
  fprintf(stderr, fmt, what);
  fputc('\n', stderr);
  return 9;
}

/* Applies one canonical option; `typed` is the name as the user wrote it
 * (for messages), `arg` the whole word. Returns 0 or an exit code. */
static int apply(pass_t *p, const char *name, const char *typed, const char *arg, bool negated,
                 const char *inline_value, bool has_inline) {
  nd_cli_t *cli = p->cli;
  const node_opt_t *o = find_node_opt(name);
  const v8_flag_t *f = NULL;
  char kind8 = 0;
  if (!o) {
    f = find_v8_flag(name);
    if (!f && !p->from_env) return fail(cli, "bad option: %s", arg);
    kind8 = f ? f->kind : 0;
  } else if (o->kind == ND_OPT_V8) {
    f = find_v8_flag(name);
    kind8 = f ? f->kind : 'b';
  } else if (o->kind == ND_OPT_INT && (f = find_v8_flag(name)) != NULL) {
    kind8 = f->kind; /* Node hands it on to V8 (--stack-trace-limit) */
  }
  if (p->from_env && (!o || !o->env_ok)) {
    /* Node names the option up to and including its '=' */
    char buf[256];
    const char *eq = strchr(arg, '=');
    size_t len = eq ? (size_t)(eq - arg) + 1 : strlen(arg);
    if (len >= sizeof buf) len = sizeof buf - 1;
    memcpy(buf, arg, len);
    buf[len] = 0;
    return fail(cli, "%s is not allowed in NODE_OPTIONS", buf);
  }
  bool is_bool = o ? (o->kind == ND_OPT_BOOL || o->kind == ND_OPT_NOOP ||
                      (o->kind == ND_OPT_V8 && (kind8 == 'b' || kind8 == 'm')))
                   : (kind8 == 'b' || kind8 == 'm');
  nd_opt_kind_t kind = o ? o->kind : ND_OPT_V8;
  if (is_bool) {
    if (has_inline && kind8) {
      fprintf(stderr,
              "Error: illegal value for flag %s of type %s\n"
              "To set or unset a boolean flag, use --flag or --no-flag.\n"
              "Try --help for options\n",
              arg, v8_type_name(kind8));
      return fail(cli, "bad option: %s", arg);
    }
    opt_push(p->out, name, NULL, !negated, kind);
    return 0;
  }
  if (negated) {
    fprintf(stderr, "%s: %s is an invalid negation because it is not a boolean option\n",
            cli->argv0, typed);
    return 9;
  }
  const char *value = inline_value;
  if (!has_inline) {
    if (p->i + 1 >= p->n) return fail(cli, "%s requires an argument", typed);
    value = p->words[++p->i];
    if (!p->from_env) cli->exec_argv[cli->exec_argc++] = p->words[p->i];
    /* V8 takes its valued flags only as --flag=value */
    if (kind8) {
      fprintf(stderr, "Error: illegal value for flag %s of type %s\nTry --help for options\n",
              typed, v8_type_name(kind8));
      return fail(cli, "bad option: %s", typed);
    }
  }
  if (kind8 && !v8_value_ok(kind8, value)) {
    fprintf(stderr, "Error: illegal value for flag %s=%s of type %s\nTry --help for options\n",
            name, value, v8_type_name(kind8));
    char buf[512];
    snprintf(buf, sizeof buf, "%s=%s", typed, value);
    return fail(cli, "bad option: %s", buf);
  }
  if (o && o->kind == ND_OPT_INT && !v8_value_ok('i', value)) {
    fprintf(stderr, "Error: illegal value for flag %s=%s of type int\nTry --help for options\n",
            name, value);
    return fail(cli, "bad option: %s", arg);
  }
  opt_push(p->out, name, value, true, kind);
  return 0;
}

static const alias_t *find_alias(const alias_t *list, size_t n, const char *name) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(list[i].from, name) == 0) return &list[i];
  return NULL;
}

/* Parses the option at words[i]; advances i past any value it takes. */
static int parse_one(pass_t *p) {
  const char *arg = p->words[p->i];
  char name[256];
  const char *value = NULL;
  bool has_value = false;
  size_t len = strlen(arg);
  if (arg[1] == '-') {
    const char *eq = strchr(arg, '=');
    if (eq) {
      len = (size_t)(eq - arg);
      value = eq + 1;
      has_value = true;
    }
  }
  if (len >= sizeof name) return fail(p->cli, "bad option: %s", arg);
  memcpy(name, arg, len);
  name[len] = 0;
  if (arg[1] == '-')
    for (char *c = name + 2; *c; c++)
      if (*c == '_') *c = '-';
  char typed[256];
  memcpy(typed, name, len + 1);

  bool negated = false;
  if (strncmp(name, "--no-", 5) == 0 && !find_node_opt(name)) {
    negated = true;
    memmove(name + 2, name + 5, strlen(name + 5) + 1);
  }

  /* -p CODE / --print CODE: print and eval that code */
  if (!has_value && !negated && (strcmp(name, "-p") == 0 || strcmp(name, "--print") == 0) &&
      p->i + 1 < p->n && p->words[p->i + 1][0] != '-') {
    int r = apply(p, "--print", typed, arg, false, NULL, false);
    if (r) return r;
    return apply(p, "--eval", typed, arg, false, NULL, false);
  }
  if (strcmp(name, "--trace-events-enabled") == 0 && !negated)
    return apply(p, "--trace-event-categories", typed, arg, false, "v8,node,node.async_hooks",
                 true);
  const alias_t *a = has_value ? find_alias(value_aliases, COUNTOF(value_aliases), name)
                               : NULL;
  if (a) {
    int r = apply(p, a->to[0], typed, arg, negated, value, true);
    if (r || !a->to[1]) return r;
    return apply(p, a->to[1], typed, arg, negated, NULL, false);
  }
  a = find_alias(aliases, COUNTOF(aliases), name);
  if (!a && name[1] != '-') return fail(p->cli, "bad option: %s", arg);
  if (a && a->to[1]) {
    int r = apply(p, a->to[0], typed, arg, negated, NULL, false);
    if (r) return r;
    return apply(p, a->to[1], typed, arg, negated, value, has_value);
  }
  return apply(p, a ? a->to[0] : name, typed, arg, negated, value, has_value);
}

/* Splits NODE_OPTIONS into words: spaces separate, double quotes group,
 * a backslash inside quotes escapes the next character. */
static int split_node_options(const nd_cli_t *cli, const char *s, char ***out, int *n) {
  size_t cap = strlen(s) + 1;
  char *buf = malloc(cap);
  char **words = calloc(cap, sizeof *words);
  if (!buf || !words) abort();
  int count = 0;
  char *w = buf;
  while (*s) {
    while (*s == ' ') s++;
    if (!*s) break;
    words[count++] = w;
    bool quoted = false;
    for (; *s && (quoted || *s != ' '); s++) {
      if (*s == '"') {
        quoted = !quoted;
        continue;
      }
      if (quoted && *s == '\\' && s[1]) s++;
      *w++ = *s;
    }
    *w++ = 0;
    if (quoted) {
      free(buf);
      free(words);
      fprintf(stderr, "%s: invalid value for NODE_OPTIONS (unterminated string)\n", cli->argv0);
      return 9;
    }
  }
  if (count == 0) free(buf);
  *out = words;
  *n = count;
  return 0;
}

static int parse_node_options(nd_cli_t *cli) {
  const char *env = getenv("NODE_OPTIONS");
  if (!env || !*env) return 0;
  char **words;
  int n;
  int r = split_node_options(cli, env, &words, &n);
  if (r) return r;
  pass_t p = {cli, words, n, 0, true, &cli->env_opts};
  for (; p.i < n && r == 0; p.i++) {
    const char *w = words[p.i];
    if (strcmp(w, "--") == 0) r = fail(cli, "%s is not allowed in NODE_OPTIONS", "--");
    else if (w[0] == '-' && w[1]) r = parse_one(&p);
    /* a word that is not an option means nothing here */
  }
  if (n) free(words[0]);
  free(words);
  return r;
}

const nd_opt_t *nd_cli_last(const nd_cli_t *cli, const char *name) {
  for (size_t i = cli->cli_opts.len; i-- > 0;)
    if (strcmp(cli->cli_opts.items[i].name, name) == 0) return &cli->cli_opts.items[i];
  for (size_t i = cli->env_opts.len; i-- > 0;)
    if (strcmp(cli->env_opts.items[i].name, name) == 0) return &cli->env_opts.items[i];
  return NULL;
}

static bool flag_on(const nd_cli_t *cli, const char *name) {
  const nd_opt_t *o = nd_cli_last(cli, name);
  return o && o->on;
}

static int load_env_files(nd_cli_t *cli) {
  for (size_t i = 0; i < cli->cli_opts.len; i++) {
    const nd_opt_t *o = &cli->cli_opts.items[i];
    bool required = strcmp(o->name, "--env-file") == 0;
    if (!required && strcmp(o->name, "--env-file-if-exists") != 0) continue;
    int r = nd_dotenv_load(o->value);
    if (r == 0) continue;
    if (required) return fail(cli, "%s: not found", o->value);
    fprintf(stderr, "%s not found. Continuing without it.\n", o->value);
  }
  return 0;
}

static int one_of(const nd_cli_t *cli, const char *name, const char *const *ok, const char *msg) {
  const nd_opt_t *o = nd_cli_last(cli, name);
  if (!o || !o->value) return 0;
  for (; *ok; ok++)
    if (strcmp(o->value, *ok) == 0) return 0;
  fprintf(stderr, "%s: %s\n", cli->argv0, msg);
  return 9;
}

/* Checks Node makes once every option is known. */
static int check_values(nd_cli_t *cli) {
  static const char *const rejections[] = {"strict", "warn", "none", "throw",
                                           "warn-with-error-code", NULL};
  static const char *const input_types[] = {"module", "commonjs", "module-typescript",
                                            "commonjs-typescript", NULL};
  int r = one_of(cli, "--unhandled-rejections", rejections,
                 "invalid value for --unhandled-rejections");
  if (r) return r;
  r = one_of(cli, "--input-type", input_types,
             "--input-type must be \"module\",\"commonjs\", \"module-typescript\" or "
             "\"commonjs-typescript\"");
  if (r) return r;
  static const char *const trace_require[] = {"all", "no-node-modules", NULL};
  r = one_of(cli, "--trace-require-module", trace_require,
             "invalid value for --trace-require-module");
  if (r) return r;
  if (cli->check && cli->eval_src) {
    fprintf(stderr, "%s: either --check or --eval can be used, not both\n", cli->argv0);
    return 9;
  }
  return 0;
}

int nd_cli_parse(nd_cli_t *cli, int argc, char **argv) {
  memset(cli, 0, sizeof *cli);
  cli->start_time = uv_hrtime();
  cli->argv0 = argv[0];
  cli->exec_argv = calloc((size_t)argc + 1, sizeof *cli->exec_argv);
  if (!cli->exec_argv) abort();
  pass_t p = {cli, argv, argc, 1, false, &cli->cli_opts};
  int r = 0;
  for (; p.i < argc; p.i++) {
    const char *a = argv[p.i];
    if (a[0] != '-') break;
    if (strcmp(a, "-") == 0) {
      cli->force_stdin = true;
      break;
    }
    if (strcmp(a, "--") == 0) {
      p.i++;
      break;
    }
    cli->exec_argv[cli->exec_argc++] = argv[p.i];
    r = parse_one(&p);
    if (r) return r;
    if (flag_on(cli, "--prof-process")) {
      p.i++;
      break;
    }
  }
  cli->args = argv + p.i;
  cli->args_len = argc - p.i;

  r = load_env_files(cli);
  if (r) return r;
  r = parse_node_options(cli);
  if (r) return r;

  const nd_opt_t *o = nd_cli_last(cli, "--eval");
  cli->eval_src = o ? o->value : NULL;
  cli->print_eval = flag_on(cli, "--print");
  cli->check = flag_on(cli, "--check");
  cli->interactive = flag_on(cli, "--interactive");
  cli->version = flag_on(cli, "--version");
  cli->help = flag_on(cli, "--help");
  cli->expose_gc = flag_on(cli, "--expose-gc");
  o = nd_cli_last(cli, "--max-old-space-size");
  if (o && o->value) cli->max_old_space_mb = strtoull(o->value, NULL, 10);
  return check_values(cli) ? 9 : -1;
}

static void list_free(nd_opt_list_t *l) {
  for (size_t i = 0; i < l->len; i++) {
    free(l->items[i].value);
    free((char *)l->items[i].name);
  }
  free(l->items);
}

void nd_cli_free(nd_cli_t *cli) {
  list_free(&cli->env_opts);
  list_free(&cli->cli_opts);
  free(cli->exec_argv);
}

bool nd_cli_option_info(const char *name, nd_opt_kind_t *kind, bool *default_true) {
  const node_opt_t *o = find_node_opt(name);
  if (!o) return false;
  *kind = o->kind;
  *default_true = o->default_true;
  return true;
}

void nd_cli_each_option(nd_opt_visit_fn fn, void *ud) {
  char name[256];
  for (size_t i = 0; i < COUNTOF(node_opts); i++) {
    snprintf(name, sizeof name, "--%s", node_opts[i].name);
    fn(ud, name, node_opts[i].kind, node_opts[i].env_ok, node_opts[i].default_true);
  }
}
