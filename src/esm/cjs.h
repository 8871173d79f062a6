/* Static detection of a CommonJS module's exports, the way Node's
 * cjs-module-lexer finds them (names an ES module may import from it),
 * and of its import() calls. Pure C, on the ES module lexer. */
#ifndef ND_ESM_CJS_H
#define ND_ESM_CJS_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
  char **exports;   /* export names, UTF-8, in order found, no duplicates */
  int nexports;
  char **reexports; /* specifiers whose exports this module re-exports */
  int nreexports;
  uint32_t *imports; /* UTF-16 offsets of the `import` of each import(...) */
  int nimports;
  int lex_error;     /* the lexer stopped early (what was found is kept) */
} nd_cjs_result_t;

/* Scans src (UTF-8). Returns 0, or ND_ESM_ENOMEM. Free the result with
 * nd_cjs_result_free either way. */
int nd_cjs_scan(const char *src, size_t len, nd_cjs_result_t *out);
void nd_cjs_result_free(nd_cjs_result_t *r);

#endif
