/* Parser state shared by the parser files (stmt.c, expr.c), the scope
 * table (scope.c) and the transform (transform.c). The parser builds no
 * tree: it validates the grammar and records what the transform needs —
 * declarations per scope, assignment targets, import/export entries and
 * source edits. */
#ifndef ND_ESM_PARSER_H
#define ND_ESM_PARSER_H

#include <setjmp.h>

#include "esm/esm.h"
#include "esm/lex.h"

typedef struct {
  const char *s;
  uint32_t len;
} nd_name_t;

enum { SC_MODULE, SC_FUNC, SC_BLOCK, SC_CLASS };

typedef struct {
  int parent;
  uint8_t kind;
} nd_scope_t;

/* Declaration kinds: which may coexist in one scope (see scope.c). */
enum {
  D_VAR,         /* var, or a function at a function body's top level */
  D_PARAM,       /* parameter, catch parameter */
  D_LET,         /* let, class, function in a block or at module top level */
  D_CONST,
  D_IMPORT,
  D_FNAME,       /* a function expression's own name: anything may shadow it */
  D_VAR_THROUGH, /* marks a var that passed through this block to its function */
};

/* What a module-level declaration is, for exports. */
enum { B_VAR, B_LET, B_CONST, B_CLASS, B_FUNCTION, B_IMPORT };

typedef struct {
  nd_name_t name;
  uint32_t hash;
  int scope;
  int next; /* hash chain */
  uint32_t pos;
  uint8_t kind;
  uint8_t bkind; /* B_* (module scope only) */
  int tl;        /* top-level statement index (module scope), else -1 */
  int import;    /* index into imports for D_IMPORT */
  int exported;  /* first local export naming it, -1 if none */
} nd_decl_t;

/* An identifier assigned to: it needs a push when it is an exported local. */
enum { W_EXPR, W_LOOP_BLOCK, W_LOOP_STMT };
typedef struct {
  nd_name_t name;
  int scope;
  int wrap;
  uint32_t pos;
} nd_ref_t;

typedef struct {
  uint8_t kind;
  uint32_t start, end; /* W_EXPR: the assignment; loops: the body */
  uint32_t seq;
} nd_wrap_t;

/* A source edit: replace [pos, end) with text; with blank, the rest of the
 * span becomes spaces (line terminators kept). */
typedef struct {
  uint32_t pos, end, seq;
  char *text;
  uint32_t text_len;
  bool blank;
  bool owned;
} nd_edit_t;

typedef struct {
  uint32_t end, seq;
} nd_tl_t;

typedef struct nd_arena_block nd_arena_block_t;

typedef struct {
  nd_lex_t lx;
  const char *src;
  jmp_buf *jb;
  const char *err_msg;
  char err_buf[200];
  uint32_t err_pos;
  int depth; /* nesting, bounded so hostile input cannot exhaust the stack */

  /* function context */
  uint16_t fn;       /* F_* flags of the innermost function */
  int label_base;    /* labels of the innermost function start here */
  int loop_depth, breakable_depth;
  int scope; /* current scope */
  bool in_class_field;

  nd_scope_t *scopes;
  int nscopes, cscopes;
  nd_decl_t *decls;
  int ndecls, cdecls;
  int *buckets;
  int nbuckets;
  nd_ref_t *refs;
  int nrefs, crefs;
  nd_wrap_t *wraps;
  int nwraps, cwraps;
  nd_edit_t *edits;
  int nedits, cedits;
  nd_tl_t *tls;
  int ntls, ctls;
  int tl_cur; /* top-level statement being parsed, -1 inside none */
  struct {
    nd_name_t name;
    bool loop;
  } *labels;
  int nlabels, clabels;
  uint32_t seq;

  nd_esm_result_t *out;
  int cimports, cexports, crequests;
  nd_arena_block_t *arena;
  nd_name_t last_ident; /* the identifier of the last E_IDENT */
  uint32_t last_ident_pos;
  const char *prefix;   /* reserved identifier prefix (README.md) */
  uint32_t tla_pos;     /* first top-level await */
  /* `(` positions where arrow parameters failed: never tried twice, which
   * keeps nested parentheses from costing 2^depth */
  uint32_t *no_arrow;
  int no_arrow_cap, no_arrow_count;
  uint32_t pos_off;     /* position cache: offset, line, column */
  int pos_line, pos_col;
} nd_parser_t;

/* F_* function context flags */
enum {
  F_ASYNC = 1 << 0,
  F_GEN = 1 << 1,
  F_ARROW = 1 << 2,
  F_TOP = 1 << 3,        /* module top level */
  F_RETURN = 1 << 4,
  F_SUPER_CALL = 1 << 5,
  F_SUPER_PROP = 1 << 6,
  F_NEW_TARGET = 1 << 7,
  F_AWAIT_ID = 1 << 8,   /* unused: await is reserved in modules */
  F_STATIC_BLOCK = 1 << 9,
};

/* expression kinds returned by the expression parsers */
enum {
  E_OTHER = 0,
  E_IDENT = 1,   /* a lone identifier reference: a simple target */
  E_MEMBER = 2,  /* a.b / a[b]: a simple target */
  E_PATTERN = 4, /* an array/object literal that may become a pattern */
  E_COVER = 8,   /* object literal with {a = 1}: only valid as a pattern */
  E_ARROW = 16,
  E_UNARY = 32, /* a unary operator expression: not a ** operand */
};

/* errors (never return) */
_Noreturn void nd_p_error(nd_parser_t *p, uint32_t pos, const char *msg);
_Noreturn void nd_p_errorf(nd_parser_t *p, uint32_t pos, const char *fmt, const char *arg,
                           uint32_t arglen);
_Noreturn void nd_p_unexpected(nd_parser_t *p);

/* tokens */
void nd_p_next(nd_parser_t *p);
static inline bool nd_p_is(nd_parser_t *p, int type) { return p->lx.tok.type == type; }
static inline bool nd_p_is_kw(nd_parser_t *p, int kw) {
  return p->lx.tok.type == T_NAME && p->lx.tok.kw == kw;
}
bool nd_p_eat(nd_parser_t *p, int type);
void nd_p_expect(nd_parser_t *p, int type);
void nd_p_semicolon(nd_parser_t *p);
/* the token after the current one, without consuming anything */
nd_tok_t nd_p_peek(nd_parser_t *p);
nd_name_t nd_p_tok_name(nd_parser_t *p);
/* a binding identifier at the current token, checked and consumed */
nd_name_t nd_p_binding_ident(nd_parser_t *p);
/* checks the current T_NAME may be an identifier reference */
void nd_p_check_ident_ref(nd_parser_t *p);
char *nd_p_arena_alloc(nd_parser_t *p, size_t n);
/* line/column of a byte offset, fast for increasing offsets */
void nd_p_position(nd_parser_t *p, uint32_t off, int *line, int *col);
char *nd_p_string_value(nd_parser_t *p, const nd_tok_t *t); /* decoded, in the arena */
bool nd_name_eq(nd_name_t a, const char *s);

/* recording */
void *nd_p_grow(void *arr, int *cap, int need, size_t elem);
void nd_p_add_edit(nd_parser_t *p, uint32_t pos, uint32_t end, const char *text, bool blank);
int nd_p_add_wrap(nd_parser_t *p, uint8_t kind, uint32_t start, uint32_t end);
void nd_p_add_ref(nd_parser_t *p, nd_name_t name, int wrap, uint32_t pos);

/* speculation: try a parse, roll everything back on failure */
typedef struct {
  nd_lex_t lx;
  int nscopes, ndecls, nrefs, nwraps, nedits, nimports, nexports, nrequests, nlabels;
  int scope;
  uint16_t fn;
  bool has_tla, has_meta, has_dynamic;
} nd_snapshot_t;
void nd_p_save(nd_parser_t *p, nd_snapshot_t *s);
void nd_p_restore(nd_parser_t *p, const nd_snapshot_t *s);

/* scopes (scope.c) */
int nd_scope_push(nd_parser_t *p, uint8_t kind);
void nd_scope_pop(nd_parser_t *p);
int nd_scope_func(nd_parser_t *p); /* the nearest function or module scope */
int nd_declare(nd_parser_t *p, nd_name_t name, uint8_t kind, uint8_t bkind, uint32_t pos);
int nd_scope_lookup(nd_parser_t *p, int scope, nd_name_t name);
void nd_scope_truncate(nd_parser_t *p, int ndecls);

/* grammar (stmt.c, expr.c) */
void nd_p_module(nd_parser_t *p);
void nd_p_statement_list_item(nd_parser_t *p);
/* function context around a nested function body */
typedef struct {
  uint16_t fn;
  int label_base, loop_depth, breakable_depth;
} nd_fnctx_t;
void nd_p_enter_fn(nd_parser_t *p, nd_fnctx_t *save, uint16_t flags);
void nd_p_leave_fn(nd_parser_t *p, const nd_fnctx_t *save);
/* (params) { body } of a function or method; the caller pushed its scope */
void nd_p_function_rest(nd_parser_t *p, uint16_t flags);
void nd_p_function_body(nd_parser_t *p);
void nd_p_params(nd_parser_t *p);
/* function/class expressions and declarations; the current token is
 * `function` (or `async`) / `class` */
void nd_p_function(nd_parser_t *p, bool is_decl, bool is_async, int decl_kind);
void nd_p_class(nd_parser_t *p, bool is_decl);
/* destructuring target or identifier; kind: D_* to declare, or -1 for
 * assignment targets (recorded as refs) */
void nd_p_binding_target(nd_parser_t *p, int kind, uint8_t bkind, int wrap);
int nd_p_expression(nd_parser_t *p, bool no_in);
int nd_p_assign(nd_parser_t *p, bool no_in);
int nd_p_lhs(nd_parser_t *p);
void nd_p_template(nd_parser_t *p);

#define ND_MAX_DEPTH 1500

#endif
