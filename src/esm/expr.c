/* Expressions: precedence climbing over unary/postfix/call chains, with
 * arrow functions and destructuring assignments found by speculation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "esm/parser.h"

static int primary(nd_parser_t *p);

static void deeper(nd_parser_t *p) {
  if (++p->depth > ND_MAX_DEPTH)
    nd_p_error(p, p->lx.tok.start, "Maximum call stack size exceeded");
}

static void check_simple_target(nd_parser_t *p, uint32_t pos) {
  if (nd_name_eq(p->last_ident, "eval") || nd_name_eq(p->last_ident, "arguments"))
    nd_p_error(p, pos, "Unexpected eval or arguments in strict mode");
}

/* An assignment to a lone identifier: recorded for the transform. */
static int target_ident(nd_parser_t *p, uint32_t start) {
  check_simple_target(p, p->last_ident_pos);
  int w = nd_p_add_wrap(p, W_EXPR, start, 0);
  nd_p_add_ref(p, p->last_ident, w, p->last_ident_pos);
  return w;
}

static void end_wrap(nd_parser_t *p, int w) {
  if (w < 0) return;
  p->wraps[w].end = p->lx.prev_end;
  p->wraps[w].seq = p->seq++;
}

/* --- patterns (binding and assignment) --- */

static void pattern_element(nd_parser_t *p, int kind, uint8_t bkind, int wrap) {
  nd_p_binding_target(p, kind, bkind, wrap);
  if (nd_p_eat(p, T_ASSIGN)) nd_p_assign(p, false);
}

/* property name in an object literal/pattern/class; returns true when it
 * was a plain word (its token is then the previous one) */
static bool property_name(nd_parser_t *p) {
  nd_tok_t *t = &p->lx.tok;
  switch (t->type) {
  case T_NAME:
    nd_p_next(p);
    return true;
  case T_STRING:
    if (t->legacy_octal)
      nd_p_error(p, t->start, "Octal escape sequences are not allowed in strict mode.");
    nd_p_next(p);
    return false;
  case T_NUM:
    if (t->legacy_octal) nd_p_error(p, t->start, "Octal literals are not allowed in strict mode.");
    nd_p_next(p);
    return false;
  case T_BIGINT:
    nd_p_next(p);
    return false;
  case T_LBRACK:
    nd_p_next(p);
    nd_p_assign(p, false);
    nd_p_expect(p, T_RBRACK);
    return false;
  default:
    nd_p_unexpected(p);
  }
}

void nd_p_binding_target(nd_parser_t *p, int kind, uint8_t bkind, int wrap) {
  deeper(p);
  nd_tok_t *t = &p->lx.tok;
  if (t->type == T_LBRACK) {
    nd_p_next(p);
    for (;;) {
      if (nd_p_eat(p, T_RBRACK)) break;
      if (nd_p_eat(p, T_COMMA)) continue;
      if (nd_p_eat(p, T_ELLIPSIS)) {
        nd_p_binding_target(p, kind, bkind, wrap);
        if (nd_p_is(p, T_COMMA))
          nd_p_error(p, t->start, "Rest element must be last element");
        nd_p_expect(p, T_RBRACK);
        break;
      }
      pattern_element(p, kind, bkind, wrap);
      if (!nd_p_is(p, T_RBRACK)) nd_p_expect(p, T_COMMA);
    }
  } else if (t->type == T_LBRACE) {
    nd_p_next(p);
    while (!nd_p_eat(p, T_RBRACE)) {
      if (nd_p_eat(p, T_ELLIPSIS)) {
        nd_p_binding_target(p, kind, bkind, wrap);
        if (!nd_p_is(p, T_RBRACE)) nd_p_error(p, t->start, "Rest element must be last element");
        continue;
      }
      nd_tok_t name_tok = *t;
      nd_lex_t save = p->lx;
      bool word = property_name(p);
      if (word && !nd_p_is(p, T_COLON)) {
        /* shorthand: the word is the target */
        p->lx = save;
        pattern_element(p, kind, bkind, wrap);
      } else {
        (void)name_tok;
        nd_p_expect(p, T_COLON);
        pattern_element(p, kind, bkind, wrap);
      }
      if (!nd_p_is(p, T_RBRACE)) nd_p_expect(p, T_COMMA);
    }
  } else if (kind >= 0) {
    uint32_t pos = t->start;
    nd_name_t n = nd_p_binding_ident(p);
    nd_declare(p, n, (uint8_t)kind, bkind, pos);
  } else {
    /* assignment target: a name or any member expression */
    uint32_t pos = t->start;
    int k = nd_p_lhs(p);
    if (k & E_IDENT) {
      check_simple_target(p, pos);
      nd_p_add_ref(p, p->last_ident, wrap, pos);
    } else if (!(k & E_MEMBER)) {
      nd_p_error(p, pos, "Invalid destructuring assignment target");
    }
  }
  p->depth--;
}

/* --- operators --- */

int nd_p_expression(nd_parser_t *p, bool no_in) {
  int k = nd_p_assign(p, no_in);
  while (nd_p_eat(p, T_COMMA)) {
    nd_p_assign(p, no_in);
    k = E_OTHER;
  }
  return k;
}

static bool starts_expression(const nd_tok_t *t) {
  switch (t->type) {
  case T_NAME:
    return t->kw != KW_IN && t->kw != KW_INSTANCEOF && t->kw != KW_OF;
  case T_PRIVATE: case T_NUM: case T_BIGINT: case T_STRING: case T_TEMPLATE: case T_SLASH:
  case T_SLASH_A: case T_LPAREN: case T_LBRACK: case T_LBRACE: case T_PLUS: case T_MINUS:
  case T_NOT: case T_TILDE: case T_INC: case T_DEC:
    return true;
  default:
    return false;
  }
}

static int binprec(const nd_tok_t *t, bool no_in) {
  switch (t->type) {
  case T_NULLISH: return 1;
  case T_OR: return 1;
  case T_AND: return 2;
  case T_PIPE: return 3;
  case T_CARET: return 4;
  case T_AMP: return 5;
  case T_EQ: case T_NE: case T_SEQ: case T_SNE: return 6;
  case T_LT: case T_GT: case T_LE: case T_GE: return 7;
  case T_SHL: case T_SAR: case T_SHR: return 8;
  case T_PLUS: case T_MINUS: return 9;
  case T_STAR: case T_SLASH: case T_PERCENT: return 10;
  case T_STARSTAR: return 11;
  case T_NAME:
    if (t->kw == KW_INSTANCEOF || (t->kw == KW_IN && !no_in)) return 7;
    return 0;
  default: return 0;
  }
}

static int unary(nd_parser_t *p);

static int binary(nd_parser_t *p, bool no_in, int minprec) {
  int k = unary(p);
  for (;;) {
    const nd_tok_t *t = &p->lx.tok;
    int prec = binprec(t, no_in);
    if (prec <= minprec) return k;
    if (t->type == T_STARSTAR && (k & E_UNARY))
      nd_p_error(p, t->start,
                 "Unary operator used immediately before exponentiation expression. "
                 "Parenthesis must be used to disambiguate operator precedence");
    bool right = t->type == T_STARSTAR;
    nd_p_next(p);
    binary(p, no_in, right ? prec - 1 : prec);
    k = E_OTHER;
  }
}

static int conditional(nd_parser_t *p, bool no_in) {
  int k = binary(p, no_in, 0);
  if (!nd_p_eat(p, T_QUESTION)) return k;
  nd_p_assign(p, false);
  nd_p_expect(p, T_COLON);
  nd_p_assign(p, no_in);
  return E_OTHER;
}

static int yield_expr(nd_parser_t *p, bool no_in) {
  nd_p_next(p);
  const nd_tok_t *t = &p->lx.tok;
  if (t->nl_before) return E_OTHER;
  if (t->type == T_STAR) {
    nd_p_next(p);
    nd_p_assign(p, no_in);
  } else if (starts_expression(t)) {
    nd_p_assign(p, no_in);
  }
  return E_OTHER;
}

int nd_p_assign(nd_parser_t *p, bool no_in) {
  deeper(p);
  nd_tok_t *t = &p->lx.tok;
  if (t->type == T_NAME && t->kw == KW_YIELD && (p->fn & F_GEN) && !p->in_class_field) {
    p->depth--;
    return yield_expr(p, no_in);
  }
  uint32_t start = t->start;
  nd_snapshot_t snap;
  bool maybe_pattern = t->type == T_LBRACK || t->type == T_LBRACE;
  if (maybe_pattern) nd_p_save(p, &snap);
  int k = conditional(p, no_in);
  int ty = t->type;
  if (ty >= T_ASSIGN && ty <= T_NULLISH_A) {
    int w = -1;
    if (ty == T_ASSIGN && maybe_pattern && (k & E_PATTERN)) {
      /* a destructuring assignment: parse the literal again as a pattern */
      nd_p_restore(p, &snap);
      w = nd_p_add_wrap(p, W_EXPR, start, 0);
      nd_p_binding_target(p, -1, 0, w);
    } else if (k & E_IDENT) {
      w = target_ident(p, start);
    } else if (!(k & E_MEMBER)) {
      nd_p_error(p, start, "Invalid left-hand side in assignment");
    }
    nd_p_expect(p, ty);
    nd_p_assign(p, no_in);
    end_wrap(p, w);
    k = E_OTHER;
  } else if (k & E_COVER) {
    nd_p_error(p, start, "Invalid shorthand property initializer");
  }
  p->depth--;
  return k;
}

static int unary(nd_parser_t *p) {
  deeper(p);
  nd_tok_t *t = &p->lx.tok;
  uint32_t start = t->start;
  int k;
  switch (t->type) {
  case T_PLUS: case T_MINUS: case T_NOT: case T_TILDE:
    nd_p_next(p);
    unary(p);
    k = E_OTHER | E_UNARY;
    break;
  case T_INC: case T_DEC: {
    nd_p_next(p);
    uint32_t tpos = t->start;
    int kk = unary(p);
    if (kk & E_IDENT) {
      end_wrap(p, target_ident(p, start));
    } else if (!(kk & E_MEMBER)) {
      nd_p_error(p, tpos, "Invalid left-hand side expression in prefix operation");
    }
    k = E_OTHER;
    break;
  }
  case T_NAME:
    if (!t->escaped && (t->kw == KW_DELETE || t->kw == KW_VOID || t->kw == KW_TYPEOF)) {
      bool del = t->kw == KW_DELETE;
      nd_p_next(p);
      int kk = unary(p);
      if (del && (kk & E_IDENT))
        nd_p_error(p, start, "Delete of an unqualified identifier in strict mode.");
      k = E_OTHER | E_UNARY;
      break;
    }
    if (!t->escaped && t->kw == KW_AWAIT) {
      if (!(p->fn & (F_ASYNC | F_TOP)) || p->in_class_field)
        nd_p_error(p, start,
                   "await is only valid in async functions and the top level bodies of modules");
      if ((p->fn & F_TOP) && !p->out->has_tla) {
        p->out->has_tla = true;
        p->tla_pos = start;
      }
      nd_p_next(p);
      unary(p);
      k = E_OTHER | E_UNARY;
      break;
    }
    /* fallthrough */
  default:
    k = nd_p_lhs(p);
    if ((t->type == T_INC || t->type == T_DEC) && !t->nl_before) {
      if (k & E_IDENT) {
        int w = target_ident(p, start);
        nd_p_next(p);
        end_wrap(p, w);
      } else if (!(k & E_MEMBER)) {
        nd_p_error(p, start, "Invalid left-hand side expression in postfix operation");
      } else {
        nd_p_next(p);
      }
      k = E_OTHER;
    }
  }
  p->depth--;
  return k;
}

/* --- calls and members --- */

static void arguments(nd_parser_t *p) {
  nd_p_expect(p, T_LPAREN);
  while (!nd_p_is(p, T_RPAREN)) {
    nd_p_eat(p, T_ELLIPSIS);
    nd_p_assign(p, false);
    if (nd_p_is(p, T_RPAREN)) break;
    if (!nd_p_is(p, T_COMMA)) {
      if (nd_p_is(p, T_EOF)) nd_p_unexpected(p);
      nd_p_error(p, p->lx.tok.start, "missing ) after argument list");
    }
    nd_p_next(p);
  }
  nd_p_next(p);
}

static void member_name(nd_parser_t *p) {
  if (nd_p_is(p, T_NAME) || nd_p_is(p, T_PRIVATE)) {
    nd_p_next(p);
    return;
  }
  nd_p_unexpected(p);
}

static int super_expr(nd_parser_t *p) {
  uint32_t pos = p->lx.tok.start;
  nd_p_next(p);
  if (nd_p_is(p, T_LPAREN)) {
    if (!(p->fn & F_SUPER_CALL)) nd_p_error(p, pos, "'super' keyword unexpected here");
    arguments(p);
    return E_OTHER;
  }
  if (!(p->fn & F_SUPER_PROP) || !(nd_p_is(p, T_DOT) || nd_p_is(p, T_LBRACK)))
    nd_p_error(p, pos, "'super' keyword unexpected here");
  if (nd_p_eat(p, T_DOT)) {
    if (!nd_p_is(p, T_NAME)) nd_p_unexpected(p);
    nd_p_next(p);
  } else {
    nd_p_next(p);
    nd_p_expression(p, false);
    nd_p_expect(p, T_RBRACK);
  }
  return E_MEMBER;
}

static int new_expr(nd_parser_t *p) {
  uint32_t pos = p->lx.tok.start;
  nd_p_next(p);
  if (nd_p_eat(p, T_DOT)) {
    if (!nd_p_is_kw(p, KW_TARGET) || p->lx.tok.escaped) nd_p_unexpected(p);
    if (!(p->fn & F_NEW_TARGET))
      nd_p_error(p, pos, "new.target expression is not allowed here");
    nd_p_next(p);
    return E_OTHER;
  }
  if (nd_p_is_kw(p, KW_NEW)) {
    new_expr(p);
  } else if (nd_p_is_kw(p, KW_SUPER)) {
    super_expr(p);
  } else if (nd_p_is_kw(p, KW_IMPORT)) {
    nd_tok_t n = nd_p_peek(p);
    if (n.type == T_LPAREN) nd_p_error(p, p->lx.tok.start, "Cannot use new with import");
    primary(p);
  } else {
    primary(p);
  }
  for (;;) {
    if (nd_p_eat(p, T_DOT)) {
      member_name(p);
    } else if (nd_p_eat(p, T_LBRACK)) {
      nd_p_expression(p, false);
      nd_p_expect(p, T_RBRACK);
    } else if (nd_p_is(p, T_TEMPLATE)) {
      nd_p_template(p);
    } else if (nd_p_is(p, T_QDOT)) {
      nd_p_error(p, p->lx.tok.start, "Invalid optional chain from new expression");
    } else {
      break;
    }
  }
  if (nd_p_is(p, T_LPAREN)) arguments(p);
  return E_OTHER;
}

int nd_p_lhs(nd_parser_t *p) {
  deeper(p);
  int k;
  if (nd_p_is_kw(p, KW_NEW) && !p->lx.tok.escaped)
    k = new_expr(p);
  else if (nd_p_is_kw(p, KW_SUPER) && !p->lx.tok.escaped)
    k = super_expr(p);
  else
    k = primary(p);
  bool opt = false;
  for (;;) {
    nd_tok_t *t = &p->lx.tok;
    if (t->type == T_DOT) {
      nd_p_next(p);
      member_name(p);
      k = E_MEMBER;
    } else if (t->type == T_QDOT) {
      nd_p_next(p);
      opt = true;
      if (nd_p_is(p, T_LPAREN)) {
        arguments(p);
      } else if (nd_p_eat(p, T_LBRACK)) {
        nd_p_expression(p, false);
        nd_p_expect(p, T_RBRACK);
      } else if (nd_p_is(p, T_TEMPLATE)) {
        nd_p_error(p, t->start, "Invalid tagged template on optional chain");
      } else {
        member_name(p);
      }
      k = E_OTHER;
    } else if (t->type == T_LBRACK) {
      nd_p_next(p);
      nd_p_expression(p, false);
      nd_p_expect(p, T_RBRACK);
      k = E_MEMBER;
    } else if (t->type == T_LPAREN) {
      arguments(p);
      k = E_OTHER;
    } else if (t->type == T_TEMPLATE) {
      if (opt) nd_p_error(p, t->start, "Invalid tagged template on optional chain");
      nd_p_template(p);
      k = E_OTHER;
    } else {
      break;
    }
  }
  if (opt) k = E_OTHER;
  p->depth--;
  return k;
}

void nd_p_template(nd_parser_t *p) {
  for (;;) {
    bool tail = p->lx.tok.tpl_tail;
    nd_p_next(p);
    if (tail) return;
    nd_p_expression(p, false);
    if (!nd_p_is(p, T_RBRACE)) nd_p_unexpected(p);
    if (!nd_lex_template_cont(&p->lx)) nd_p_error(p, p->lx.err_pos, p->lx.err);
  }
}

/* --- arrow functions --- */

/* After `(` or an identifier that may start arrow parameters: parses the
 * arrow from `start` if it is one. Returns false (with everything rolled
 * back) if it is not. */
static bool no_arrow_has(nd_parser_t *p, uint32_t pos) {
  if (!p->no_arrow_cap) return false;
  uint32_t m = (uint32_t)p->no_arrow_cap - 1;
  for (uint32_t i = (pos * 2654435761u) & m;; i = (i + 1) & m) {
    if (p->no_arrow[i] == pos + 1) return true;
    if (p->no_arrow[i] == 0) return false;
  }
}

static void no_arrow_add(nd_parser_t *p, uint32_t pos) {
  if ((p->no_arrow_count + 1) * 2 > p->no_arrow_cap) {
    int cap = p->no_arrow_cap ? p->no_arrow_cap * 2 : 64;
    uint32_t *n = calloc((size_t)cap, sizeof *n);
    if (!n) return; /* only a speed-up */
    for (int i = 0; i < p->no_arrow_cap; i++) {
      uint32_t v = p->no_arrow[i];
      if (!v) continue;
      uint32_t j = ((v - 1) * 2654435761u) & (uint32_t)(cap - 1);
      while (n[j]) j = (j + 1) & (uint32_t)(cap - 1);
      n[j] = v;
    }
    free(p->no_arrow);
    p->no_arrow = n;
    p->no_arrow_cap = cap;
  }
  uint32_t m = (uint32_t)p->no_arrow_cap - 1;
  uint32_t i = (pos * 2654435761u) & m;
  while (p->no_arrow[i] && p->no_arrow[i] != pos + 1) i = (i + 1) & m;
  if (!p->no_arrow[i]) p->no_arrow_count++;
  p->no_arrow[i] = pos + 1;
}

static bool try_arrow(nd_parser_t *p, bool is_async) {
  uint32_t open = p->lx.tok.start;
  bool paren = p->lx.tok.type == T_LPAREN;
  if (paren && no_arrow_has(p, open)) return false;
  nd_snapshot_t s;
  nd_p_save(p, &s);
  jmp_buf jb, *outer = p->jb;
  nd_fnctx_t ctx;
  int depth = p->depth;
  uint16_t inherit = p->fn & (F_SUPER_CALL | F_SUPER_PROP | F_NEW_TARGET);
  volatile bool ok = false;
  /* saved before the jump point: a failed try restores the loop/label state */
  ctx.fn = p->fn;
  ctx.label_base = p->label_base;
  ctx.loop_depth = p->loop_depth;
  ctx.breakable_depth = p->breakable_depth;
  int nlabels = p->nlabels;
  if (setjmp(jb) == 0) {
    p->jb = &jb;
    nd_p_enter_fn(p, &ctx, F_ARROW | inherit | (is_async ? F_ASYNC : 0));
    nd_scope_push(p, SC_FUNC);
    if (nd_p_is(p, T_NAME)) {
      uint32_t pos = p->lx.tok.start;
      nd_name_t n = nd_p_binding_ident(p);
      nd_declare(p, n, D_PARAM, 0, pos);
    } else {
      nd_p_params(p);
    }
    ok = nd_p_is(p, T_ARROW) && !p->lx.tok.nl_before;
  }
  p->jb = outer;
  p->depth = depth;
  if (!ok) {
    nd_p_leave_fn(p, &ctx);
    p->nlabels = nlabels;
    nd_p_restore(p, &s);
    if (paren) no_arrow_add(p, open);
    return false;
  }
  /* committed: the body's errors are real errors */
  nd_p_next(p);
  if (nd_p_is(p, T_LBRACE)) {
    p->fn |= F_RETURN;
    nd_p_function_body(p);
  } else {
    nd_p_assign(p, false);
  }
  nd_scope_pop(p);
  nd_p_leave_fn(p, &ctx);
  return true;
}

static bool could_start_params(const nd_tok_t *t) {
  if (t->type == T_RPAREN || t->type == T_ELLIPSIS || t->type == T_LBRACK ||
      t->type == T_LBRACE)
    return true;
  return t->type == T_NAME && (t->kw == KW_NONE || t->kw > KW_LAST_RESERVED);
}

/* --- literals --- */

static int array_literal(nd_parser_t *p) {
  nd_p_next(p);
  int k = E_PATTERN;
  while (!nd_p_eat(p, T_RBRACK)) {
    if (nd_p_eat(p, T_COMMA)) continue;
    nd_p_eat(p, T_ELLIPSIS);
    k |= nd_p_assign(p, false) & E_COVER;
    if (!nd_p_is(p, T_RBRACK)) nd_p_expect(p, T_COMMA);
  }
  return k;
}

/* A method after its name: (params) { body } */
static void method(nd_parser_t *p, uint16_t flags) {
  nd_fnctx_t ctx;
  nd_p_enter_fn(p, &ctx, flags | F_SUPER_PROP | F_RETURN | F_NEW_TARGET);
  nd_scope_push(p, SC_FUNC);
  nd_p_function_rest(p, p->fn);
  nd_scope_pop(p);
  nd_p_leave_fn(p, &ctx);
}

static int object_literal(nd_parser_t *p) {
  nd_p_next(p);
  int k = E_PATTERN;
  while (!nd_p_eat(p, T_RBRACE)) {
    nd_tok_t *t = &p->lx.tok;
    if (nd_p_eat(p, T_ELLIPSIS)) {
      nd_p_assign(p, false);
    } else {
      uint16_t flags = 0;
      bool accessor = false;
      if (t->type == T_STAR) {
        flags |= F_GEN;
        nd_p_next(p);
      } else if (t->type == T_NAME && !t->escaped &&
                 (t->kw == KW_ASYNC || t->kw == KW_GET || t->kw == KW_SET)) {
        nd_tok_t n = nd_p_peek(p);
        bool modifier = n.type != T_COMMA && n.type != T_COLON && n.type != T_LPAREN &&
                        n.type != T_RBRACE && n.type != T_ASSIGN &&
                        !(t->kw == KW_ASYNC && n.nl_before);
        if (modifier) {
          if (t->kw == KW_ASYNC) flags |= F_ASYNC;
          else accessor = true;
          nd_p_next(p);
          if ((flags & F_ASYNC) && nd_p_eat(p, T_STAR)) flags |= F_GEN;
        }
      }
      nd_tok_t name_tok = *t;
      bool word = property_name(p);
      if (flags || accessor || nd_p_is(p, T_LPAREN)) {
        method(p, flags);
      } else if (nd_p_eat(p, T_COLON)) {
        nd_p_assign(p, false);
      } else if (word) {
        /* shorthand {a} or {a = 1}: a must be an identifier reference */
        nd_lex_t after = p->lx;
        p->lx.tok = name_tok;
        nd_p_check_ident_ref(p);
        p->lx = after;
        if (nd_p_eat(p, T_ASSIGN)) {
          nd_p_assign(p, false);
          k |= E_COVER;
        }
      } else {
        nd_p_unexpected(p);
      }
    }
    if (!nd_p_is(p, T_RBRACE)) nd_p_expect(p, T_COMMA);
  }
  return k;
}

static int import_expr(nd_parser_t *p) {
  uint32_t start = p->lx.tok.start;
  nd_p_next(p);
  if (nd_p_eat(p, T_DOT)) {
    if (nd_p_is_kw(p, KW_SOURCE) && !p->lx.tok.escaped) {
      /* import.source(specifier): a call of the module record's src() */
      uint32_t end = p->lx.tok.end;
      nd_p_next(p);
      if (!nd_p_is(p, T_LPAREN)) nd_p_unexpected(p);
      char *text = nd_p_arena_alloc(p, 16);
      snprintf(text, 16, "%s.src", p->prefix);
      nd_p_add_edit(p, start, end, text, true);
      p->out->has_dynamic = true;
      nd_p_next(p);
      if (nd_p_is(p, T_RPAREN))
        nd_p_error(p, p->lx.tok.start, "import.source() requires a specifier");
      nd_p_assign(p, false); /* one argument, no trailing comma (V8) */
      if (!nd_p_is(p, T_RPAREN)) nd_p_unexpected(p);
      nd_p_next(p);
      return E_OTHER;
    }
    if (!nd_p_is_kw(p, KW_META) || p->lx.tok.escaped) nd_p_unexpected(p);
    uint32_t end = p->lx.tok.end;
    nd_p_next(p);
    char *text = nd_p_arena_alloc(p, 16);
    snprintf(text, 16, "%s.meta", p->prefix);
    nd_p_add_edit(p, start, end, text, true);
    p->out->has_meta = true;
    return E_OTHER;
  }
  if (!nd_p_is(p, T_LPAREN)) nd_p_unexpected(p);
  char *text = nd_p_arena_alloc(p, 16);
  snprintf(text, 16, "%s_i", p->prefix);
  nd_p_add_edit(p, start, start + 6, text, true);
  p->out->has_dynamic = true;
  nd_p_next(p);
  if (nd_p_is(p, T_RPAREN))
    nd_p_error(p, p->lx.tok.start, "import() requires a specifier");
  nd_p_assign(p, false);
  if (nd_p_eat(p, T_COMMA) && !nd_p_is(p, T_RPAREN)) {
    nd_p_assign(p, false);
    nd_p_eat(p, T_COMMA);
  }
  if (!nd_p_is(p, T_RPAREN)) nd_p_unexpected(p);
  nd_p_next(p);
  return E_OTHER;
}

static int primary(nd_parser_t *p) {
  nd_tok_t *t = &p->lx.tok;
  switch (t->type) {
  case T_NAME:
    if (!t->escaped) {
      switch (t->kw) {
      case KW_THIS: case KW_NULL: case KW_TRUE: case KW_FALSE:
        nd_p_next(p);
        return E_OTHER;
      case KW_FUNCTION:
        nd_p_function(p, false, false, -1);
        return E_OTHER;
      case KW_CLASS:
        nd_p_class(p, false);
        return E_OTHER;
      case KW_IMPORT:
        return import_expr(p);
      case KW_ASYNC: {
        nd_tok_t n = nd_p_peek(p);
        if (n.nl_before) break;
        if (n.type == T_NAME && n.kw == KW_FUNCTION) {
          nd_p_function(p, false, true, -1);
          return E_OTHER;
        }
        if (n.type == T_NAME || n.type == T_LPAREN) {
          nd_lex_t save = p->lx;
          nd_p_next(p);
          if (try_arrow(p, true)) return E_OTHER | E_ARROW;
          p->lx = save;
        }
        break;
      }
      default:
        break;
      }
    }
    nd_p_check_ident_ref(p);
    {
      nd_tok_t n = nd_p_peek(p);
      if (n.type == T_ARROW && !n.nl_before && try_arrow(p, false)) return E_OTHER | E_ARROW;
    }
    p->last_ident = nd_p_tok_name(p);
    p->last_ident_pos = t->start;
    nd_p_next(p);
    return E_IDENT;
  case T_NUM:
    if (t->legacy_octal) {
      const char *s = p->src + t->start;
      bool oct = true;
      for (uint32_t i = 1; i < t->end - t->start; i++) oct &= s[i] < '8';
      nd_p_error(p, t->start, oct ? "Octal literals are not allowed in strict mode."
                                  : "Decimals with leading zeros are not allowed in strict mode.");
    }
    nd_p_next(p);
    return E_OTHER;
  case T_STRING:
    if (t->legacy_octal)
      nd_p_error(p, t->start, "Octal escape sequences are not allowed in strict mode.");
    nd_p_next(p);
    return E_OTHER;
  case T_BIGINT:
    nd_p_next(p);
    return E_OTHER;
  case T_TEMPLATE:
    nd_p_template(p);
    return E_OTHER;
  case T_SLASH: case T_SLASH_A:
    if (!nd_lex_regex(&p->lx)) nd_p_error(p, p->lx.err_pos, p->lx.err);
    nd_p_next(p);
    return E_OTHER;
  case T_LPAREN: {
    nd_tok_t n = nd_p_peek(p);
    if (could_start_params(&n) && try_arrow(p, false)) return E_OTHER | E_ARROW;
    uint32_t open = t->start;
    nd_p_next(p);
    if (nd_p_is(p, T_RPAREN)) nd_p_unexpected(p);
    int k = nd_p_expression(p, false);
    (void)open;
    nd_p_expect(p, T_RPAREN);
    return k & (E_IDENT | E_MEMBER);
  }
  case T_LBRACK:
    return array_literal(p);
  case T_LBRACE:
    return object_literal(p);
  case T_PRIVATE: {
    nd_p_next(p);
    if (!nd_p_is_kw(p, KW_IN)) nd_p_unexpected(p);
    return E_OTHER;
  }
  default:
    nd_p_unexpected(p);
  }
}
