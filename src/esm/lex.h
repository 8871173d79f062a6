/* The lexer: one token of lookahead, driven by the parser, which asks for a
 * regular expression or a template continuation where the grammar allows
 * one (the lexer alone cannot tell `/` from a regex or `}` from `}...`). */
#ifndef ND_ESM_LEX_H
#define ND_ESM_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
  T_EOF,
  T_NAME,     /* identifier or keyword (see kw) */
  T_PRIVATE,  /* #name */
  T_NUM,
  T_BIGINT,
  T_STRING,
  T_TEMPLATE, /* `...` or `...${ ; after rescan also }...${ and }...` */
  T_REGEX,
  /* punctuators */
  T_LBRACE, T_RBRACE, T_LPAREN, T_RPAREN, T_LBRACK, T_RBRACK,
  T_SEMI, T_COMMA, T_DOT, T_ELLIPSIS, T_QDOT, T_QUESTION, T_COLON, T_ARROW,
  T_LT, T_GT, T_LE, T_GE, T_EQ, T_NE, T_SEQ, T_SNE,
  T_PLUS, T_MINUS, T_STAR, T_SLASH, T_PERCENT, T_STARSTAR,
  T_INC, T_DEC, T_SHL, T_SAR, T_SHR, T_AMP, T_PIPE, T_CARET,
  T_NOT, T_TILDE, T_AND, T_OR, T_NULLISH,
  T_ASSIGN, /* = ; compound assignments follow, in this order */
  T_PLUS_A, T_MINUS_A, T_STAR_A, T_SLASH_A, T_PERCENT_A, T_STARSTAR_A,
  T_SHL_A, T_SAR_A, T_SHR_A, T_AMP_A, T_PIPE_A, T_CARET_A,
  T_AND_A, T_OR_A, T_NULLISH_A,
  T_COUNT
} nd_tok_type_t;

/* Keywords and the contextual words the grammar looks at. */
typedef enum {
  KW_NONE,
  /* reserved words */
  KW_BREAK, KW_CASE, KW_CATCH, KW_CLASS, KW_CONST, KW_CONTINUE, KW_DEBUGGER,
  KW_DEFAULT, KW_DELETE, KW_DO, KW_ELSE, KW_ENUM, KW_EXPORT, KW_EXTENDS,
  KW_FALSE, KW_FINALLY, KW_FOR, KW_FUNCTION, KW_IF, KW_IMPORT, KW_IN,
  KW_INSTANCEOF, KW_NEW, KW_NULL, KW_RETURN, KW_SUPER, KW_SWITCH, KW_THIS,
  KW_THROW, KW_TRUE, KW_TRY, KW_TYPEOF, KW_VAR, KW_VOID, KW_WHILE, KW_WITH,
  KW_LAST_RESERVED = KW_WITH,
  /* reserved in strict code (modules are strict) */
  KW_AWAIT, KW_YIELD, KW_LET, KW_STATIC, KW_IMPLEMENTS, KW_INTERFACE,
  KW_PACKAGE, KW_PRIVATE, KW_PROTECTED, KW_PUBLIC,
  KW_LAST_STRICT = KW_PUBLIC,
  /* contextual */
  KW_AS, KW_ASYNC, KW_FROM, KW_GET, KW_SET, KW_OF, KW_META, KW_TARGET,
  KW_EVAL, KW_ARGUMENTS, KW_USING, KW_CONSTRUCTOR, KW_SOURCE,
} nd_kw_t;

typedef struct {
  uint8_t type;      /* nd_tok_type_t */
  uint8_t kw;        /* nd_kw_t for T_NAME (KW_NONE if written with escapes) */
  bool nl_before;    /* a line terminator precedes it */
  bool escaped;      /* identifier/string had escapes */
  bool legacy_octal; /* number 010 / string "\01": an error in strict code */
  bool tpl_tail;     /* template ends with ` (not ${) */
  uint32_t start, end;
} nd_tok_t;

typedef struct {
  const char *src;
  uint32_t len;
  uint32_t pos;
  uint32_t prev_end; /* end of the previous token */
  nd_tok_t tok;
  const char *err; /* lexer error message, NULL if none */
  uint32_t err_pos;
} nd_lex_t;

void nd_lex_init(nd_lex_t *lx, const char *src, uint32_t len);
/* Scans the next token into lx->tok; false on a lexical error (lx->err). */
bool nd_lex_next(nd_lex_t *lx);
/* The current token is / or /=: rescan it as a regular expression. */
bool nd_lex_regex(nd_lex_t *lx);
/* The current token is } closing a template substitution: rescan as the
 * template's next part. */
bool nd_lex_template_cont(nd_lex_t *lx);

/* Decodes a string literal (quotes included) or an escaped identifier into
 * out (UTF-8, room for len+1 bytes); returns its length, or -1 when it holds
 * a lone surrogate. */
int nd_lex_decode(const char *s, uint32_t len, bool is_string, char *out);
/* The line (1-based) and UTF-16 column (0-based) of a byte offset. */
void nd_lex_position(const char *src, uint32_t off, int *line, int *col);
/* A line terminator starts at p (\n, \r, U+2028, U+2029): its byte length, else 0. */
int nd_lex_newline_at(const char *p, const char *end);

/* The UTF-16 units the character at p stands for in the engine's view of the
 * text (2 past U+FFFF, else 1; a byte that is not valid UTF-8 is one
 * U+FFFD); *bytes gets its length in bytes. */
int nd_lex_units_at(const char *p, const char *end, int *bytes);

#endif
