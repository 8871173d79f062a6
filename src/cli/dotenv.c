/* dotenv files (--env-file, process.loadEnvFile, util.parseEnv): KEY=VALUE
 * lines, '#' comments, an optional "export " prefix, values in '', "" or ``
 * quotes that may span lines ("\n" in double quotes is a newline). */
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#include "cli/options.h"

static const char *skip_blank(const char *p, const char *end) {
  while (p < end && (*p == ' ' || *p == '\t')) p++;
  return p;
}

static char *dup_range(const char *a, const char *b) {
  while (a < b && (*a == ' ' || *a == '\t')) a++;
  while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r')) b--;
  char *s = malloc((size_t)(b - a) + 1);
  if (!s) abort();
  memcpy(s, a, (size_t)(b - a));
  s[b - a] = 0;
  return s;
}

/* Double-quoted values turn the two characters "\n" into a newline. */
static void expand_newlines(char *s) {
  char *w = s;
  for (const char *r = s; *r; r++) {
    if (r[0] == '\\' && r[1] == 'n') {
      *w++ = '\n';
      r++;
    } else {
      *w++ = *r;
    }
  }
  *w = 0;
}

void nd_dotenv_parse(const char *src, size_t len, nd_dotenv_fn fn, void *ud) {
  const char *p = src, *end = src + len;
  while (p < end) {
    p = skip_blank(p, end);
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol) eol = end;
    if (p == eol || *p == '#') {
      p = eol + 1;
      continue;
    }
    const char *eq = memchr(p, '=', (size_t)(eol - p));
    if (!eq) {
      p = eol + 1;
      continue;
    }
    const char *kstart = p;
    if ((size_t)(eq - p) > 7 && strncmp(p, "export ", 7) == 0) kstart = skip_blank(p + 7, eq);
    char *key = dup_range(kstart, eq);
    const char *v = skip_blank(eq + 1, end);
    char *value;
    char q = v < end ? *v : 0;
    const char *close = NULL;
    if (q == '"' || q == '\'' || q == '`') {
      for (const char *c = v + 1; c < end; c++)
        if (*c == q) {
          close = c;
          break;
        }
    }
    if (close) {
      value = malloc((size_t)(close - v));
      if (!value) abort();
      memcpy(value, v + 1, (size_t)(close - v - 1));
      value[close - v - 1] = 0;
      if (q == '"') expand_newlines(value);
      eol = memchr(close, '\n', (size_t)(end - close));
      if (!eol) eol = end;
    } else {
      const char *stop = v;
      while (stop < eol && *stop != '#') stop++;
      value = dup_range(v, stop);
    }
    if (*key) fn(ud, key, value);
    free(key);
    free(value);
    p = eol + 1;
  }
}

static void set_if_unset(void *ud, const char *key, const char *value) {
  (void)ud;
  setenv(key, value, 0);
}

int nd_dotenv_load(const char *path) {
  uv_fs_t req;
  int fd = uv_fs_open(NULL, &req, path, UV_FS_O_RDONLY, 0, NULL);
  uv_fs_req_cleanup(&req);
  if (fd < 0) return fd;
  size_t cap = 4096, len = 0;
  char *buf = malloc(cap);
  if (!buf) abort();
  for (;;) {
    if (cap - len < 1024) {
      cap *= 2;
      buf = realloc(buf, cap);
      if (!buf) abort();
    }
    uv_buf_t b = uv_buf_init(buf + len, (unsigned)(cap - len));
    int n = uv_fs_read(NULL, &req, fd, &b, 1, -1, NULL);
    uv_fs_req_cleanup(&req);
    if (n <= 0) {
      if (n < 0) len = 0;
      break;
    }
    len += (size_t)n;
  }
  uv_fs_close(NULL, &req, fd, NULL);
  uv_fs_req_cleanup(&req);
  nd_dotenv_parse(buf, len, set_if_unset, NULL);
  free(buf);
  return 0;
}
