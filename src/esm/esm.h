/* The ES module transform: parses module source once and rewrites it into
 * the body of a function the engine runs as a script (see README.md for the
 * runtime contract). Pure C, no engine dependency. Every original token
 * keeps its line and column except where README.md says otherwise. */
#ifndef ND_ESM_ESM_H
#define ND_ESM_ESM_H

#include <stdbool.h>
#include <stddef.h>

enum {
  ND_ESM_ESYNTAX = -1, /* bad source: see result.err_* */
  ND_ESM_ENOMEM = -2,
  ND_ESM_E2BIG = -3, /* source over 2 GiB */
};

/* How a local export is declared: decides its TDZ and when it is pushed. */
typedef enum {
  ND_ESM_B_VAR,      /* var: undefined from the start */
  ND_ESM_B_FUNCTION, /* hoisted function: its value from the start */
  ND_ESM_B_LET,      /* let/const/class/default expression: TDZ until run */
} nd_esm_binding_t;

typedef enum {
  ND_ESM_X_LOCAL,    /* export { local as name } */
  ND_ESM_X_INDIRECT, /* export { imported as name } from request */
  ND_ESM_X_STAR,     /* export * from request */
  ND_ESM_X_STAR_AS,  /* export * as name from request */
} nd_esm_export_kind_t;

typedef struct {
  char *specifier; /* decoded UTF-8 */
  char *type;      /* with { type: '...' } value, or NULL */
  char *other_key; /* the first attribute other than type (the loader rejects it), or NULL */
  char *other_value;
  bool source;     /* a source phase import (import source x from ...) */
  int line, col;   /* of the specifier string, 1-based */
} nd_esm_request_t;

typedef struct {
  int request;    /* index into requests */
  char *imported; /* "default", a name, or NULL for `* as local` */
  char *local;
  int line, col;  /* of the imported name (for link errors) */
} nd_esm_import_t;

typedef struct {
  nd_esm_export_kind_t kind;
  nd_esm_binding_t binding; /* for LOCAL */
  char *exported;           /* NULL for STAR */
  char *name;               /* LOCAL: local name; INDIRECT: imported name */
  int request;              /* -1 for LOCAL */
  int line, col;
} nd_esm_export_t;

typedef struct {
  char *code; /* the function body: the source rewritten, then the footer */
  size_t code_len;
  char prefix[8]; /* reserved identifier prefix, e.g. "$nd" (README.md) */
  nd_esm_request_t *requests;
  int nrequests;
  nd_esm_import_t *imports;
  int nimports;
  nd_esm_export_t *exports;
  int nexports;
  bool has_tla;      /* top-level await: the function must be async */
  int tla_line, tla_col; /* the first top-level await (1-based line, 0-based column) */
  bool has_meta;     /* import.meta is used */
  bool has_dynamic;  /* import() or import.source() is used */
  bool cols_shifted; /* an edit had to move tokens on some line */
  /* on ND_ESM_ESYNTAX: 1-based line, 0-based column (UTF-16 units), message
   * as V8 words it ("Unexpected token ';'") */
  int err_line, err_col;
  char err_msg[200];
  void *mem; /* owns the strings above */
} nd_esm_result_t;

/* Transforms src (UTF-8, need not be NUL-terminated). out is filled on
 * success and on error; release it with nd_esm_result_free either way. */
int nd_esm_transform(const char *src, size_t len, nd_esm_result_t *out);
void nd_esm_result_free(nd_esm_result_t *r);

#endif
