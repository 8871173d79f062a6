/* Statements, declarations, functions, classes and the module items
 * (import/export), recording what the transform needs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "esm/parser.h"

static void statement(nd_parser_t *p);

void nd_p_enter_fn(nd_parser_t *p, nd_fnctx_t *save, uint16_t flags) {
  save->fn = p->fn;
  save->label_base = p->label_base;
  save->loop_depth = p->loop_depth;
  save->breakable_depth = p->breakable_depth;
  p->fn = flags;
  p->label_base = p->nlabels;
  p->loop_depth = p->breakable_depth = 0;
  p->in_class_field = false;
}

void nd_p_leave_fn(nd_parser_t *p, const nd_fnctx_t *save) {
  p->fn = save->fn;
  p->nlabels = p->label_base;
  p->label_base = save->label_base;
  p->loop_depth = save->loop_depth;
  p->breakable_depth = save->breakable_depth;
}

void nd_p_params(nd_parser_t *p) {
  nd_p_expect(p, T_LPAREN);
  while (!nd_p_eat(p, T_RPAREN)) {
    if (nd_p_eat(p, T_ELLIPSIS)) {
      nd_p_binding_target(p, D_PARAM, 0, -1);
      if (!nd_p_is(p, T_RPAREN))
        nd_p_error(p, p->lx.tok.start, "Rest parameter must be last formal parameter");
      continue;
    }
    nd_p_binding_target(p, D_PARAM, 0, -1);
    if (nd_p_eat(p, T_ASSIGN)) nd_p_assign(p, false);
    if (!nd_p_is(p, T_RPAREN)) nd_p_expect(p, T_COMMA);
  }
}

void nd_p_function_body(nd_parser_t *p) {
  nd_p_expect(p, T_LBRACE);
  while (!nd_p_is(p, T_RBRACE)) {
    if (nd_p_is(p, T_EOF)) nd_p_unexpected(p);
    nd_p_statement_list_item(p);
  }
  nd_p_next(p);
}

void nd_p_function_rest(nd_parser_t *p, uint16_t flags) {
  (void)flags;
  nd_p_params(p);
  nd_p_function_body(p);
}

/* function declarations: lexical in blocks and at module top level, var-like
 * at a function body's top level */
static uint8_t function_decl_kind(nd_parser_t *p) {
  return p->scopes[p->scope].kind == SC_FUNC ? D_VAR : D_LET;
}

void nd_p_function(nd_parser_t *p, bool is_decl, bool is_async, int decl_kind) {
  uint16_t flags = F_RETURN | F_NEW_TARGET;
  if (is_async) {
    nd_p_next(p); /* async */
    flags |= F_ASYNC;
  }
  nd_p_next(p); /* function */
  if (nd_p_eat(p, T_STAR)) flags |= F_GEN;
  nd_name_t name = {0};
  uint32_t pos = p->lx.tok.start;
  bool named = false;
  if (nd_p_is(p, T_NAME)) {
    name = nd_p_binding_ident(p);
    named = true;
  } else if (is_decl && decl_kind != -2) {
    nd_p_unexpected(p);
  }
  if (named && is_decl) {
    uint8_t k = decl_kind >= 0 ? (uint8_t)decl_kind : function_decl_kind(p);
    nd_declare(p, name, k, B_FUNCTION, pos);
  }
  nd_fnctx_t ctx;
  nd_p_enter_fn(p, &ctx, flags);
  nd_scope_push(p, SC_FUNC);
  if (named && !is_decl) nd_declare(p, name, D_FNAME, 0, pos);
  nd_p_function_rest(p, flags);
  nd_scope_pop(p);
  nd_p_leave_fn(p, &ctx);
}

/* class elements: methods, accessors, fields, static blocks */
static void class_body(nd_parser_t *p, bool derived) {
  nd_p_expect(p, T_LBRACE);
  while (!nd_p_eat(p, T_RBRACE)) {
    if (nd_p_eat(p, T_SEMI)) continue;
    nd_tok_t *t = &p->lx.tok;
    if (t->type == T_NAME && t->kw == KW_STATIC && !t->escaped) {
      nd_tok_t n = nd_p_peek(p);
      if (n.type == T_LBRACE) {
        nd_p_next(p);
        nd_fnctx_t ctx;
        nd_p_enter_fn(p, &ctx, F_SUPER_PROP | F_NEW_TARGET | F_STATIC_BLOCK);
        nd_scope_push(p, SC_FUNC);
        p->in_class_field = true;
        nd_p_function_body(p);
        p->in_class_field = false;
        nd_scope_pop(p);
        nd_p_leave_fn(p, &ctx);
        continue;
      }
      if (n.type != T_LPAREN && n.type != T_ASSIGN && n.type != T_SEMI &&
          n.type != T_RBRACE && !(n.nl_before && 0))
        nd_p_next(p);
    }
    uint16_t flags = 0;
    bool accessor = false;
    if (t->type == T_STAR) {
      flags |= F_GEN;
      nd_p_next(p);
    } else if (t->type == T_NAME && !t->escaped &&
               (t->kw == KW_ASYNC || t->kw == KW_GET || t->kw == KW_SET)) {
      nd_tok_t n = nd_p_peek(p);
      bool modifier = n.type != T_LPAREN && n.type != T_ASSIGN && n.type != T_SEMI &&
                      n.type != T_RBRACE && !n.nl_before;
      if (modifier) {
        if (t->kw == KW_ASYNC) flags |= F_ASYNC;
        else accessor = true;
        nd_p_next(p);
        if ((flags & F_ASYNC) && nd_p_eat(p, T_STAR)) flags |= F_GEN;
      }
    }
    bool ctor = t->type == T_NAME && t->kw == KW_CONSTRUCTOR && !t->escaped;
    if (t->type == T_PRIVATE) {
      nd_p_next(p);
    } else if (t->type == T_NAME || t->type == T_STRING || t->type == T_NUM ||
               t->type == T_BIGINT) {
      nd_p_next(p);
    } else if (nd_p_eat(p, T_LBRACK)) {
      nd_p_assign(p, false);
      nd_p_expect(p, T_RBRACK);
      ctor = false;
    } else {
      nd_p_unexpected(p);
    }
    if (nd_p_is(p, T_LPAREN)) {
      nd_fnctx_t ctx;
      uint16_t f = flags | F_SUPER_PROP | F_RETURN | F_NEW_TARGET;
      if (ctor && derived && !accessor && !flags) f |= F_SUPER_CALL;
      nd_p_enter_fn(p, &ctx, f);
      nd_scope_push(p, SC_FUNC);
      nd_p_function_rest(p, f);
      nd_scope_pop(p);
      nd_p_leave_fn(p, &ctx);
      continue;
    }
    if (flags || accessor) nd_p_unexpected(p);
    /* a field: its initializer is its own function */
    if (nd_p_eat(p, T_ASSIGN)) {
      nd_fnctx_t ctx;
      nd_p_enter_fn(p, &ctx, F_SUPER_PROP | F_NEW_TARGET);
      nd_scope_push(p, SC_FUNC);
      p->in_class_field = true;
      nd_p_assign(p, false);
      p->in_class_field = false;
      nd_scope_pop(p);
      nd_p_leave_fn(p, &ctx);
    }
    nd_p_semicolon(p);
  }
}

void nd_p_class(nd_parser_t *p, bool is_decl) {
  nd_p_next(p); /* class */
  nd_name_t name = {0};
  uint32_t pos = p->lx.tok.start;
  bool named = false;
  if (nd_p_is(p, T_NAME) && !(nd_p_is_kw(p, KW_EXTENDS) && !p->lx.tok.escaped)) {
    name = nd_p_binding_ident(p);
    named = true;
  }
  if (named && is_decl) nd_declare(p, name, D_LET, B_CLASS, pos);
  nd_scope_push(p, SC_CLASS);
  if (named) nd_declare(p, name, D_CONST, 0, pos);
  bool derived = false;
  if (nd_p_is_kw(p, KW_EXTENDS) && !p->lx.tok.escaped) {
    nd_p_next(p);
    nd_p_lhs(p);
    derived = true;
  }
  class_body(p, derived);
  nd_scope_pop(p);
}

/* var/let/const declarations; the keyword is current */
static void declarations(nd_parser_t *p, uint8_t kind, bool no_in, bool in_for) {
  uint8_t bkind = kind == D_VAR ? B_VAR : kind == D_CONST ? B_CONST : B_LET;
  nd_p_next(p);
  for (;;) {
    bool pattern = nd_p_is(p, T_LBRACK) || nd_p_is(p, T_LBRACE);
    nd_p_binding_target(p, kind, bkind, -1);
    if (nd_p_eat(p, T_ASSIGN)) {
      nd_p_assign(p, no_in);
    } else if (!in_for || !(nd_p_is_kw(p, KW_IN) || nd_p_is_kw(p, KW_OF))) {
      if (kind == D_CONST)
        nd_p_error(p, p->lx.tok.start, "Missing initializer in const declaration");
      if (pattern)
        nd_p_error(p, p->lx.tok.start, "Missing initializer in destructuring declaration");
    }
    if (!nd_p_eat(p, T_COMMA)) break;
  }
}

void nd_p_statement_list_item(nd_parser_t *p) {
  nd_tok_t *t = &p->lx.tok;
  if (t->type == T_NAME && !t->escaped) {
    switch (t->kw) {
    case KW_FUNCTION:
      nd_p_function(p, true, false, -1);
      return;
    case KW_ASYNC: {
      nd_tok_t n = nd_p_peek(p);
      if (n.type == T_NAME && n.kw == KW_FUNCTION && !n.nl_before) {
        nd_p_function(p, true, true, -1);
        return;
      }
      break;
    }
    case KW_CLASS:
      nd_p_class(p, true);
      return;
    case KW_LET:
    case KW_CONST:
      declarations(p, t->kw == KW_LET ? D_LET : D_CONST, false, false);
      nd_p_semicolon(p);
      return;
    default:
      break;
    }
  }
  statement(p);
}

static void block(nd_parser_t *p) {
  nd_scope_push(p, SC_BLOCK);
  nd_p_function_body(p);
  nd_scope_pop(p);
}

/* a statement where a declaration may not stand (if/loop bodies, labels) */
static void sub_statement(nd_parser_t *p) {
  nd_tok_t *t = &p->lx.tok;
  if (t->type == T_NAME && !t->escaped) {
    if (t->kw == KW_FUNCTION)
      nd_p_error(p, t->start,
                 "In strict mode code, functions can only be declared at top level or inside a "
                 "block.");
    if (t->kw == KW_CLASS) nd_p_unexpected(p);
    if (t->kw == KW_LET || t->kw == KW_CONST)
      nd_p_error(p, t->start, "Lexical declaration cannot appear in a single-statement context");
  }
  statement(p);
}

static void loop_body(nd_parser_t *p) {
  p->loop_depth++;
  p->breakable_depth++;
  sub_statement(p);
  p->loop_depth--;
  p->breakable_depth--;
}

/* for (...) in all its forms; `for` is consumed */
static void for_statement(nd_parser_t *p) {
  uint32_t for_pos = p->lx.prev_end;
  bool is_await = false;
  if (nd_p_is_kw(p, KW_AWAIT) && !p->lx.tok.escaped) {
    if (!(p->fn & (F_ASYNC | F_TOP)) || p->in_class_field) nd_p_unexpected(p);
    if ((p->fn & F_TOP) && !p->out->has_tla) {
      p->out->has_tla = true;
      p->tla_pos = p->lx.tok.start;
    }
    is_await = true;
    nd_p_next(p);
  }
  (void)for_pos;
  nd_p_expect(p, T_LPAREN);
  nd_scope_push(p, SC_BLOCK);
  int nrefs_before = p->nrefs;
  bool each = false; /* for-in/of */
  nd_tok_t *t = &p->lx.tok;
  if (t->type == T_SEMI) {
    /* for (; ...) */
  } else if (t->type == T_NAME && !t->escaped &&
             (t->kw == KW_VAR || t->kw == KW_LET || t->kw == KW_CONST)) {
    uint8_t kind = t->kw == KW_VAR ? D_VAR : t->kw == KW_LET ? D_LET : D_CONST;
    declarations(p, kind, true, true);
    if ((nd_p_is_kw(p, KW_OF) || nd_p_is_kw(p, KW_IN)) && !p->lx.tok.escaped) each = true;
  } else {
    uint32_t start = t->start;
    nd_snapshot_t snap;
    bool maybe_pattern = t->type == T_LBRACK || t->type == T_LBRACE;
    if (maybe_pattern) nd_p_save(p, &snap);
    bool async_of = nd_p_is_kw(p, KW_ASYNC) && !t->escaped;
    int k = nd_p_expression(p, true);
    if ((nd_p_is_kw(p, KW_OF) || nd_p_is_kw(p, KW_IN)) && !p->lx.tok.escaped) {
      if (async_of && nd_p_is_kw(p, KW_OF) && !is_await && (k & E_IDENT))
        nd_p_error(p, start, "The left-hand side of a for-of loop may not be 'async'.");
      each = true;
      if (maybe_pattern && (k & E_PATTERN)) {
        nd_p_restore(p, &snap);
        nd_p_binding_target(p, -1, 0, -1);
      } else if (k & E_IDENT) {
        nd_p_add_ref(p, p->last_ident, -1, p->last_ident_pos);
      } else if (!(k & E_MEMBER)) {
        nd_p_error(p, start, nd_p_is_kw(p, KW_OF) ? "Invalid left-hand side in for-of loop"
                                                   : "Invalid left-hand side in for-in loop");
      }
    }
  }
  if (each) {
    bool of = nd_p_is_kw(p, KW_OF);
    nd_p_next(p);
    if (of) nd_p_assign(p, false);
    else nd_p_expression(p, false);
  } else {
    if (is_await) nd_p_unexpected(p);
    nd_p_expect(p, T_SEMI);
    if (!nd_p_is(p, T_SEMI)) nd_p_expression(p, false);
    nd_p_expect(p, T_SEMI);
    if (!nd_p_is(p, T_RPAREN)) nd_p_expression(p, false);
  }
  nd_p_expect(p, T_RPAREN);
  /* assignments in the head (for (x of ...)) push in the body */
  int w = -1;
  if (each && p->nrefs > nrefs_before) {
    bool is_block = nd_p_is(p, T_LBRACE);
    w = nd_p_add_wrap(p, is_block ? W_LOOP_BLOCK : W_LOOP_STMT, p->lx.tok.start, 0);
    for (int i = nrefs_before; i < p->nrefs; i++)
      if (p->refs[i].wrap == -1) p->refs[i].wrap = w;
  }
  loop_body(p);
  if (w >= 0) {
    p->wraps[w].end = p->lx.prev_end;
    p->wraps[w].seq = p->seq++;
  }
  nd_scope_pop(p);
}

static int find_label(nd_parser_t *p, nd_name_t n) {
  for (int i = p->nlabels - 1; i >= p->label_base; i--)
    if (p->labels[i].name.len == n.len && memcmp(p->labels[i].name.s, n.s, n.len) == 0)
      return i;
  return -1;
}

static void jump(nd_parser_t *p, bool is_break) {
  uint32_t pos = p->lx.tok.start;
  nd_p_next(p);
  nd_tok_t *t = &p->lx.tok;
  if (t->type == T_NAME && !t->nl_before && !(t->kw && t->kw <= KW_LAST_STRICT)) {
    nd_name_t n = nd_p_tok_name(p);
    int i = find_label(p, n);
    if (i < 0) nd_p_errorf(p, t->start, "Undefined label '%.*s'", n.s, n.len);
    if (!is_break && !p->labels[i].loop)
      nd_p_errorf(p, t->start, "Illegal continue statement: '%.*s' does not denote an iteration statement", n.s, n.len);
    nd_p_next(p);
  } else if (is_break ? p->breakable_depth == 0 : p->loop_depth == 0) {
    nd_p_error(p, pos, is_break ? "Illegal break statement"
                                : "Illegal continue statement: no surrounding iteration statement");
  }
  nd_p_semicolon(p);
}

static void statement(nd_parser_t *p) {
  if (++p->depth > ND_MAX_DEPTH) nd_p_error(p, p->lx.tok.start, "Maximum call stack size exceeded");
  nd_tok_t *t = &p->lx.tok;
  uint32_t start = t->start;
  switch (t->type) {
  case T_LBRACE:
    block(p);
    goto done;
  case T_SEMI:
    nd_p_next(p);
    goto done;
  case T_NAME:
    if (t->escaped) break;
    switch (t->kw) {
    case KW_VAR:
      declarations(p, D_VAR, false, false);
      nd_p_semicolon(p);
      goto done;
    case KW_IF:
      nd_p_next(p);
      nd_p_expect(p, T_LPAREN);
      nd_p_expression(p, false);
      nd_p_expect(p, T_RPAREN);
      sub_statement(p);
      if (nd_p_is_kw(p, KW_ELSE) && !t->escaped) {
        nd_p_next(p);
        sub_statement(p);
      }
      goto done;
    case KW_FOR:
      nd_p_next(p);
      for_statement(p);
      goto done;
    case KW_WHILE:
      nd_p_next(p);
      nd_p_expect(p, T_LPAREN);
      nd_p_expression(p, false);
      nd_p_expect(p, T_RPAREN);
      loop_body(p);
      goto done;
    case KW_DO:
      nd_p_next(p);
      loop_body(p);
      if (!nd_p_is_kw(p, KW_WHILE)) nd_p_unexpected(p);
      nd_p_next(p);
      nd_p_expect(p, T_LPAREN);
      nd_p_expression(p, false);
      nd_p_expect(p, T_RPAREN);
      nd_p_eat(p, T_SEMI);
      goto done;
    case KW_CONTINUE:
    case KW_BREAK:
      jump(p, t->kw == KW_BREAK);
      goto done;
    case KW_RETURN:
      if (!(p->fn & F_RETURN)) nd_p_error(p, start, "Illegal return statement");
      nd_p_next(p);
      if (!nd_p_is(p, T_SEMI) && !nd_p_is(p, T_RBRACE) && !nd_p_is(p, T_EOF) &&
          !t->nl_before)
        nd_p_expression(p, false);
      nd_p_semicolon(p);
      goto done;
    case KW_WITH:
      nd_p_error(p, start, "Strict mode code may not include a with statement");
    case KW_SWITCH:
      nd_p_next(p);
      nd_p_expect(p, T_LPAREN);
      nd_p_expression(p, false);
      nd_p_expect(p, T_RPAREN);
      nd_p_expect(p, T_LBRACE);
      nd_scope_push(p, SC_BLOCK);
      p->breakable_depth++;
      {
        bool had_default = false;
        while (!nd_p_eat(p, T_RBRACE)) {
          if (nd_p_is_kw(p, KW_CASE) && !t->escaped) {
            nd_p_next(p);
            nd_p_expression(p, false);
          } else if (nd_p_is_kw(p, KW_DEFAULT) && !t->escaped) {
            if (had_default)
              nd_p_error(p, t->start, "More than one default clause in switch statement");
            had_default = true;
            nd_p_next(p);
          } else {
            nd_p_unexpected(p);
          }
          nd_p_expect(p, T_COLON);
          while (!nd_p_is(p, T_RBRACE) && !(nd_p_is_kw(p, KW_CASE) && !t->escaped) &&
                 !(nd_p_is_kw(p, KW_DEFAULT) && !t->escaped)) {
            if (nd_p_is(p, T_EOF)) nd_p_unexpected(p);
            nd_p_statement_list_item(p);
          }
        }
      }
      p->breakable_depth--;
      nd_scope_pop(p);
      goto done;
    case KW_THROW:
      nd_p_next(p);
      if (t->nl_before) nd_p_error(p, start, "Illegal newline after throw");
      nd_p_expression(p, false);
      nd_p_semicolon(p);
      goto done;
    case KW_TRY: {
      nd_p_next(p);
      block(p);
      bool handled = false;
      if (nd_p_is_kw(p, KW_CATCH) && !t->escaped) {
        handled = true;
        nd_p_next(p);
        nd_scope_push(p, SC_BLOCK);
        if (nd_p_eat(p, T_LPAREN)) {
          nd_p_binding_target(p, D_PARAM, 0, -1);
          nd_p_expect(p, T_RPAREN);
        }
        nd_p_function_body(p); /* the catch body shares the parameter's scope */
        nd_scope_pop(p);
      }
      if (nd_p_is_kw(p, KW_FINALLY) && !t->escaped) {
        handled = true;
        nd_p_next(p);
        block(p);
      }
      if (!handled) {
        if (nd_p_is(p, T_EOF)) nd_p_unexpected(p);
        nd_p_error(p, t->start, "Missing catch or finally after try");
      }
      goto done;
    }
    case KW_DEBUGGER:
      nd_p_next(p);
      nd_p_semicolon(p);
      goto done;
    case KW_IMPORT: {
      nd_tok_t n = nd_p_peek(p);
      if (n.type != T_LPAREN && n.type != T_DOT) nd_p_unexpected(p);
      break;
    }
    case KW_EXPORT:
    case KW_ENUM:
      nd_p_unexpected(p);
    case KW_FUNCTION:
    case KW_CLASS:
    case KW_CONST:
    case KW_LET:
      nd_p_statement_list_item(p);
      goto done;
    default:
      break;
    }
    /* label: */
    if (!t->escaped && !(t->kw && t->kw <= KW_LAST_STRICT) && t->kw != KW_ASYNC) {
      nd_tok_t n = nd_p_peek(p);
      if (n.type == T_COLON) {
        nd_name_t name = nd_p_tok_name(p);
        if (find_label(p, name) >= 0)
          nd_p_errorf(p, t->start, "Label '%.*s' has already been declared", name.s, name.len);
        nd_p_check_ident_ref(p);
        nd_p_next(p);
        nd_p_next(p);
        p->labels = nd_p_grow(p->labels, &p->clabels, p->nlabels + 1, sizeof *p->labels);
        nd_tok_t *b = &p->lx.tok;
        bool loop = b->type == T_NAME && !b->escaped &&
                    (b->kw == KW_FOR || b->kw == KW_WHILE || b->kw == KW_DO);
        p->labels[p->nlabels].name = name;
        p->labels[p->nlabels].loop = loop;
        p->nlabels++;
        p->breakable_depth++;
        sub_statement(p);
        p->breakable_depth--;
        p->nlabels--;
        goto done;
      }
    }
    break;
  default:
    break;
  }
  if (t->type == T_NAME && t->kw == KW_ASYNC && !t->escaped) {
    nd_tok_t n = nd_p_peek(p);
    if (n.type == T_NAME && n.kw == KW_FUNCTION && !n.nl_before)
      nd_p_error(p, t->start, "Async functions can only be declared at the top level or inside a block.");
  }
  nd_p_expression(p, false);
  nd_p_semicolon(p);
done:
  p->depth--;
}

/* ------------------------------------------------------------------ */
/* import / export                                                      */

static int add_request(nd_parser_t *p, const nd_tok_t *spec, const char *type, char *other_key,
                       char *other_value, bool source) {
  nd_esm_result_t *o = p->out;
  char *s = nd_p_string_value(p, spec);
  if (!s) nd_p_error(p, spec->start, "Invalid module specifier: lone surrogate");
  for (int i = 0; i < o->nrequests && !other_key; i++) {
    const char *t2 = o->requests[i].type;
    if (!o->requests[i].other_key && o->requests[i].source == source &&
        strcmp(o->requests[i].specifier, s) == 0 &&
        ((!t2 && !type) || (t2 && type && strcmp(t2, type) == 0)))
      return i;
  }
  o->requests = nd_p_grow(o->requests, &p->crequests, o->nrequests + 1, sizeof *o->requests);
  nd_esm_request_t *r = &o->requests[o->nrequests];
  r->specifier = s;
  r->type = (char *)type;
  r->other_key = other_key;
  r->other_value = other_value;
  r->source = source;
  r->line = (int)spec->start; /* an offset until transform.c fills positions */
  r->col = -1;
  return o->nrequests++;
}

/* from 'spec' [with { type: 'json' }] — returns the request index */
static int from_clause(nd_parser_t *p, bool need_from, bool source) {
  if (need_from) {
    if (!nd_p_is_kw(p, KW_FROM) || p->lx.tok.escaped) nd_p_unexpected(p);
    nd_p_next(p);
  }
  if (!nd_p_is(p, T_STRING)) nd_p_unexpected(p);
  nd_tok_t spec = p->lx.tok;
  nd_p_next(p);
  const char *type = NULL;
  char *other_key = NULL, *other_value = NULL;
  if (nd_p_is_kw(p, KW_WITH) && !p->lx.tok.nl_before && !source) {
    nd_p_next(p);
    nd_p_expect(p, T_LBRACE);
    while (!nd_p_eat(p, T_RBRACE)) {
      nd_tok_t key = p->lx.tok;
      if (key.type != T_NAME && key.type != T_STRING) nd_p_unexpected(p);
      nd_p_next(p);
      nd_p_expect(p, T_COLON);
      if (!nd_p_is(p, T_STRING)) nd_p_unexpected(p);
      nd_tok_t val = p->lx.tok;
      char *k = key.type == T_STRING ? nd_p_string_value(p, &key) : NULL;
      bool is_type = key.type == T_STRING
                         ? (k && strcmp(k, "type") == 0)
                         : (key.end - key.start == 4 && memcmp(p->src + key.start, "type", 4) == 0);
      if (is_type) {
        type = nd_p_string_value(p, &val);
      } else if (!other_key) {
        if (k) {
          other_key = k;
        } else {
          other_key = nd_p_arena_alloc(p, key.end - key.start + 1);
          memcpy(other_key, p->src + key.start, key.end - key.start);
          other_key[key.end - key.start] = 0;
        }
        other_value = nd_p_string_value(p, &val);
      }
      nd_p_next(p);
      if (!nd_p_is(p, T_RBRACE)) nd_p_expect(p, T_COMMA);
    }
  }
  return add_request(p, &spec, type, other_key, other_value, source);
}

/* an export/import name: identifier, keyword or string */
static char *module_name(nd_parser_t *p, nd_tok_t *tok) {
  *tok = p->lx.tok;
  char *s;
  if (tok->type == T_STRING) {
    s = nd_p_string_value(p, tok);
    if (!s) nd_p_error(p, tok->start, "Invalid module export name: contains unpaired surrogate");
  } else if (tok->type == T_NAME) {
    nd_name_t n = nd_p_tok_name(p);
    s = nd_p_arena_alloc(p, n.len + 1);
    memcpy(s, n.s, n.len);
    s[n.len] = 0;
  } else {
    nd_p_unexpected(p);
  }
  nd_p_next(p);
  return s;
}

static void add_import(nd_parser_t *p, const char *imported, nd_name_t local, uint32_t pos,
                       uint32_t name_pos) {
  nd_esm_result_t *o = p->out;
  o->imports = nd_p_grow(o->imports, &p->cimports, o->nimports + 1, sizeof *o->imports);
  nd_esm_import_t *im = &o->imports[o->nimports];
  im->request = -1;
  im->imported = (char *)imported;
  char *l = nd_p_arena_alloc(p, local.len + 1);
  memcpy(l, local.s, local.len);
  l[local.len] = 0;
  im->local = l;
  im->line = (int)name_pos;
  im->col = -1;
  int d = nd_declare(p, local, D_IMPORT, B_IMPORT, pos);
  p->decls[d].import = o->nimports;
  o->nimports++;
}

static nd_esm_export_t *add_export(nd_parser_t *p, nd_esm_export_kind_t kind, const char *exported,
                                   const char *name, int request, uint32_t pos) {
  nd_esm_result_t *o = p->out;
  o->exports = nd_p_grow(o->exports, &p->cexports, o->nexports + 1, sizeof *o->exports);
  nd_esm_export_t *e = &o->exports[o->nexports++];
  memset(e, 0, sizeof *e);
  e->kind = kind;
  e->exported = (char *)exported;
  e->name = (char *)name;
  e->request = request;
  e->line = (int)pos;
  e->col = -1;
  return e;
}

/* After `import`: is this `import source x from`? Only when `from`
 * follows the name, as V8 decides (`import source from 'x'` imports a
 * default export named source; `import source from from 'x'` is a source
 * phase import of a binding named from). */
static bool source_phase_ahead(nd_parser_t *p) {
  nd_tok_t *t = &p->lx.tok;
  if (t->type != T_NAME || t->escaped || t->kw != KW_SOURCE) return false;
  nd_tok_t n = nd_p_peek(p);
  if (n.type != T_NAME) return false;
  nd_lex_t save = p->lx;
  nd_p_next(p);
  nd_p_next(p);
  bool yes = nd_p_is_kw(p, KW_FROM) && !p->lx.tok.escaped;
  p->lx = save;
  return yes;
}

static void import_declaration(nd_parser_t *p) {
  uint32_t start = p->lx.tok.start;
  nd_p_next(p); /* import */
  int first = p->out->nimports;
  nd_tok_t *t = &p->lx.tok;
  bool source = source_phase_ahead(p);
  if (source) {
    /* the binding holds the module's source object (the loader hands it
     * over as a namespace import's value) */
    nd_p_next(p);
    uint32_t pos = t->start;
    nd_name_t local = nd_p_binding_ident(p);
    add_import(p, NULL, local, pos, pos);
  } else if (t->type != T_STRING) {
    if (t->type == T_NAME) {
      /* default binding */
      uint32_t pos = t->start;
      nd_name_t local = nd_p_binding_ident(p);
      add_import(p, "default", local, pos, pos);
      if (!nd_p_eat(p, T_COMMA)) goto from;
    }
    if (nd_p_eat(p, T_STAR)) {
      if (!nd_p_is_kw(p, KW_AS) || t->escaped) nd_p_unexpected(p);
      nd_p_next(p);
      uint32_t pos = t->start;
      nd_name_t local = nd_p_binding_ident(p);
      add_import(p, NULL, local, pos, pos);
    } else if (nd_p_eat(p, T_LBRACE)) {
      while (!nd_p_eat(p, T_RBRACE)) {
        nd_tok_t nt;
        uint32_t npos = t->start;
        char *imported = module_name(p, &nt);
        if (nd_p_is_kw(p, KW_AS) && !t->escaped) {
          nd_p_next(p);
          uint32_t pos = t->start;
          nd_name_t local = nd_p_binding_ident(p);
          add_import(p, imported, local, pos, npos);
        } else {
          /* the imported name is also the local one: must be an identifier */
          nd_lex_t after = p->lx;
          p->lx.tok = nt;
          if (nt.type != T_NAME) nd_p_unexpected(p);
          nd_name_t local = nd_p_binding_ident(p);
          p->lx = after;
          add_import(p, imported, local, npos, npos);
        }
        if (!nd_p_is(p, T_RBRACE)) nd_p_expect(p, T_COMMA);
      }
    } else {
      nd_p_unexpected(p);
    }
  from:;
  }
  int req = from_clause(p, source || t->type != T_STRING, source);
  for (int i = first; i < p->out->nimports; i++) p->out->imports[i].request = req;
  nd_p_semicolon(p);
  nd_p_add_edit(p, start, p->lx.prev_end, NULL, true);
}

static char *prefixed(nd_parser_t *p, const char *suffix) {
  size_t n = strlen(p->prefix) + strlen(suffix) + 1;
  char *s = nd_p_arena_alloc(p, n);
  snprintf(s, n, "%s%s", p->prefix, suffix);
  return s;
}

static void export_default(nd_parser_t *p, uint32_t start) {
  nd_p_next(p); /* default */
  nd_tok_t *t = &p->lx.tok;
  uint32_t pos = t->start;
  bool is_async = false;
  if (t->type == T_NAME && !t->escaped && t->kw == KW_ASYNC) {
    nd_tok_t n = nd_p_peek(p);
    is_async = n.type == T_NAME && n.kw == KW_FUNCTION && !n.nl_before;
  }
  if (t->type == T_NAME && !t->escaped && (t->kw == KW_FUNCTION || t->kw == KW_CLASS || is_async)) {
    bool is_class = t->kw == KW_CLASS;
    /* named: drop `export default`; anonymous: name it <prefix>_d */
    nd_lex_t save = p->lx;
    if (is_async) nd_p_next(p);
    nd_p_next(p);
    bool gen = !is_class && nd_p_eat(p, T_STAR);
    bool named = nd_p_is(p, T_NAME) && !(is_class && nd_p_is_kw(p, KW_EXTENDS));
    uint32_t kw_end = p->lx.prev_end;
    nd_name_t local;
    if (named) {
      local = nd_p_tok_name(p);
      p->lx = save;
      nd_p_add_edit(p, start, pos, NULL, true);
    } else {
      char text[64];
      snprintf(text, sizeof text, "%s%s%s %s_d", is_async ? "async " : "",
               is_class ? "class" : "function", gen ? "*" : "", p->prefix);
      char *s = nd_p_arena_alloc(p, strlen(text) + 1);
      memcpy(s, text, strlen(text) + 1);
      nd_p_add_edit(p, start, kw_end, s, true);
      local = (nd_name_t){prefixed(p, "_d"), (uint32_t)strlen(p->prefix) + 2};
      p->lx = save;
    }
    if (is_class) {
      nd_p_class(p, true);
      if (!named) nd_declare(p, local, D_LET, B_CLASS, pos);
    } else {
      nd_p_function(p, true, is_async, named ? D_LET : -2);
      if (!named) nd_declare(p, local, D_LET, B_FUNCTION, pos);
    }
    char *l = nd_p_arena_alloc(p, local.len + 1);
    memcpy(l, local.s, local.len);
    l[local.len] = 0;
    add_export(p, ND_ESM_X_LOCAL, "default", l, -1, start);
    return;
  }
  /* export default <expression>: const <prefix>_d = <expression> */
  char *text = nd_p_arena_alloc(p, 32);
  snprintf(text, 32, "const %s_d =", p->prefix);
  nd_p_add_edit(p, start, pos, text, true);
  nd_p_assign(p, false);
  nd_p_semicolon(p);
  char *l = prefixed(p, "_d");
  nd_declare(p, (nd_name_t){l, (uint32_t)strlen(l)}, D_CONST, B_LET, pos);
  add_export(p, ND_ESM_X_LOCAL, "default", l, -1, start);
}

static void export_declaration(nd_parser_t *p) {
  uint32_t start = p->lx.tok.start;
  nd_p_next(p); /* export */
  nd_tok_t *t = &p->lx.tok;
  if (t->type == T_STAR) {
    nd_p_next(p);
    char *as = NULL;
    uint32_t pos = start;
    if (nd_p_is_kw(p, KW_AS) && !t->escaped) {
      nd_p_next(p);
      nd_tok_t nt;
      pos = t->start;
      as = module_name(p, &nt);
    }
    int req = from_clause(p, true, false);
    add_export(p, as ? ND_ESM_X_STAR_AS : ND_ESM_X_STAR, as, NULL, req, pos);
    nd_p_semicolon(p);
    nd_p_add_edit(p, start, p->lx.prev_end, NULL, true);
    return;
  }
  if (t->type == T_LBRACE) {
    nd_p_next(p);
    int first = p->out->nexports;
    /* local names are checked once we know there is no `from` */
    struct { nd_tok_t tok; } locals[64];
    int nlocal = 0;
    nd_tok_t *extra = NULL;
    int nextra = 0, cextra = 0;
    while (!nd_p_eat(p, T_RBRACE)) {
      nd_tok_t lt;
      uint32_t pos = t->start;
      char *local = module_name(p, &lt);
      char *exported = local;
      if (nd_p_is_kw(p, KW_AS) && !t->escaped) {
        nd_p_next(p);
        nd_tok_t et;
        pos = t->start;
        exported = module_name(p, &et);
      }
      if (nlocal < 64) {
        locals[nlocal++].tok = lt;
      } else {
        extra = nd_p_grow(extra, &cextra, nextra + 1, sizeof *extra);
        extra[nextra++] = lt;
      }
      add_export(p, ND_ESM_X_LOCAL, exported, local, -1, pos);
      if (!nd_p_is(p, T_RBRACE)) nd_p_expect(p, T_COMMA);
    }
    if (nd_p_is_kw(p, KW_FROM) && !t->escaped) {
      free(extra);
      int req = from_clause(p, true, false);
      for (int i = first; i < p->out->nexports; i++) {
        p->out->exports[i].kind = ND_ESM_X_INDIRECT;
        p->out->exports[i].request = req;
      }
    } else {
      nd_lex_t after = p->lx;
      for (int i = 0; i < nlocal + nextra; i++) {
        p->lx.tok = i < nlocal ? locals[i].tok : extra[i - nlocal];
        if (p->lx.tok.type == T_STRING) {
          free(extra);
          nd_p_unexpected(p);
        }
        nd_tok_t *lt = &p->lx.tok;
        if (lt->kw && lt->kw <= KW_LAST_STRICT) {
          free(extra);
          nd_p_unexpected(p);
        }
      }
      free(extra);
      p->lx = after;
    }
    nd_p_semicolon(p);
    nd_p_add_edit(p, start, p->lx.prev_end, NULL, true);
    return;
  }
  if (t->type == T_NAME && !t->escaped && t->kw == KW_DEFAULT) {
    export_default(p, start);
    return;
  }
  /* export <declaration>: drop the keyword, export what it declares */
  nd_p_add_edit(p, start, t->start, NULL, true);
  int first_decl = p->ndecls;
  bool ok = t->type == T_NAME && !t->escaped &&
            (t->kw == KW_VAR || t->kw == KW_LET || t->kw == KW_CONST || t->kw == KW_FUNCTION ||
             t->kw == KW_CLASS || t->kw == KW_ASYNC);
  if (!ok) nd_p_unexpected(p);
  if (t->kw == KW_ASYNC) {
    nd_tok_t n = nd_p_peek(p);
    if (!(n.type == T_NAME && n.kw == KW_FUNCTION && !n.nl_before)) nd_p_unexpected(p);
  }
  if (t->kw == KW_VAR)
    statement(p);
  else
    nd_p_statement_list_item(p);
  for (int i = first_decl; i < p->ndecls; i++) {
    nd_decl_t *d = &p->decls[i];
    if (d->scope != 0 || d->kind == D_VAR_THROUGH) continue;
    char *l = nd_p_arena_alloc(p, d->name.len + 1);
    memcpy(l, d->name.s, d->name.len);
    l[d->name.len] = 0;
    add_export(p, ND_ESM_X_LOCAL, l, l, -1, d->pos);
  }
}

void nd_p_module(nd_parser_t *p) {
  p->fn = F_TOP;
  nd_scope_push(p, SC_MODULE);
  nd_p_next(p);
  while (!nd_p_is(p, T_EOF)) {
    p->tls = nd_p_grow(p->tls, &p->ctls, p->ntls + 1, sizeof *p->tls);
    p->tl_cur = p->ntls++;
    nd_tok_t *t = &p->lx.tok;
    if (t->type == T_NAME && !t->escaped && t->kw == KW_IMPORT) {
      nd_tok_t n = nd_p_peek(p);
      if (n.type == T_LPAREN || n.type == T_DOT)
        nd_p_statement_list_item(p);
      else
        import_declaration(p);
    } else if (t->type == T_NAME && !t->escaped && t->kw == KW_EXPORT) {
      export_declaration(p);
    } else {
      nd_p_statement_list_item(p);
    }
    p->tls[p->tl_cur].end = p->lx.prev_end;
    p->tls[p->tl_cur].seq = p->seq++;
  }
  p->tl_cur = -1;
}
