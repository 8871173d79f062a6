/* Comment stripping for the embedded lib/ sources: the engine lexes every
 * byte of a built-in module when it loads, so comments cost start-up time.
 * Only comments on lines of their own go: every line break stays (line
 * numbers in stacks do not change) and every line of code is kept exactly
 * as written, with its trailing comment (uncaught-error reports print
 * built-in source lines, e.g. Node's "throw er; // Unhandled 'error' event").
 * Strings, template literals (with nested ${}) and regular expression
 * literals are recognized, so nothing inside them is taken for a comment. */
#include "strip.h"

#include <stdbool.h>
#include <string.h>

static bool is_ident(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '$' || c == '\\' || c == '#' || c >= 0x80;
}

/* After these words an expression starts, so a '/' begins a regex. */
static bool keyword_before_expression(const char *w, size_t n) {
  static const char *const words[] = {"return", "typeof", "instanceof", "in",     "of",
                                      "new",    "delete", "void",       "throw",  "case",
                                      "do",     "else",   "yield",      "await",  "extends"};
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    if (strlen(words[i]) == n && memcmp(words[i], w, n) == 0) return true;
  return false;
}

static bool blank(const char *s, size_t from, size_t to) {
  for (size_t k = from; k < to; k++)
    if (s[k] != ' ' && s[k] != '\t' && s[k] != '\r') return false;
  return true;
}

#define ND_MAX_TEMPLATE_DEPTH 64

size_t nd_strip_comments(const char *src, size_t n, char *out, int *err_line) {
  size_t i = 0, o = 0;
  int line = 1;
  size_t line_start = 0; /* where the current line begins in out */
  bool regex_ok = true; /* a '/' here starts a regex, not a division */
  bool after_dot = false;
  /* open template substitutions: brace depth inside each */
  int depth[ND_MAX_TEMPLATE_DEPTH];
  int tpl = 0;
  bool in_template = false; /* scanning template text (not code) */

  while (i < n) {
    unsigned char c = (unsigned char)src[i];
    if (in_template) {
      if (c == '`') {
        out[o++] = src[i++];
        in_template = false;
        regex_ok = false;
      } else if (c == '\\' && i + 1 < n) {
        if (src[i + 1] == '\n') line++;
        out[o++] = src[i++];
        out[o++] = src[i++];
      } else if (c == '$' && i + 1 < n && src[i + 1] == '{') {
        if (tpl == ND_MAX_TEMPLATE_DEPTH) goto fail;
        out[o++] = src[i++];
        out[o++] = src[i++];
        depth[tpl++] = 0;
        in_template = false;
        regex_ok = true;
      } else {
        if (c == '\n') line++;
        out[o++] = src[i++];
      }
      continue;
    }
    if (c == '/' && i + 1 < n && src[i + 1] == '/') {
      size_t end = i;
      while (end < n && src[end] != '\n') end++;
      if (blank(out, line_start, o)) {
        o = line_start; /* a comment line: it goes, its line break stays */
      } else {
        memcpy(out + o, src + i, end - i);
        o += end - i;
      }
      i = end;
      continue;
    }
    if (c == '/' && i + 1 < n && src[i + 1] == '*') {
      size_t end = i + 2;
      while (end + 1 < n && !(src[end] == '*' && src[end + 1] == '/')) end++;
      if (end + 1 >= n) goto fail;
      end += 2;
      size_t eol = end;
      while (eol < n && src[eol] != '\n') eol++;
      bool alone = blank(out, line_start, o) && blank(src, end, eol);
      if (alone) o = line_start;
      for (size_t k = i; k < end; k++) {
        if (src[k] == '\n') {
          out[o++] = '\n';
          line++;
          line_start = o;
        } else if (!alone) {
          out[o++] = src[k];
        }
      }
      i = alone ? eol : end;
      continue;
    }
    if (c == '\'' || c == '"') {
      out[o++] = src[i++];
      while (i < n && src[i] != (char)c) {
        if (src[i] == '\n') goto fail; /* unterminated */
        if (src[i] == '\\' && i + 1 < n) {
          if (src[i + 1] == '\n') line++;
          out[o++] = src[i++];
        }
        out[o++] = src[i++];
      }
      if (i >= n) goto fail;
      out[o++] = src[i++];
      regex_ok = false;
      after_dot = false;
      continue;
    }
    if (c == '`') {
      out[o++] = src[i++];
      in_template = true;
      after_dot = false;
      continue;
    }
    if (c == '/') {
      if (regex_ok) {
        bool in_class = false;
        out[o++] = src[i++];
        while (i < n && (in_class || src[i] != '/')) {
          if (src[i] == '\n') goto fail;
          if (src[i] == '\\' && i + 1 < n) out[o++] = src[i++];
          else if (src[i] == '[') in_class = true;
          else if (src[i] == ']') in_class = false;
          out[o++] = src[i++];
        }
        if (i >= n) goto fail;
        out[o++] = src[i++];
        regex_ok = false; /* its flags follow as a word */
      } else {
        out[o++] = src[i++];
        regex_ok = true;
      }
      after_dot = false;
      continue;
    }
    if (is_ident(c)) {
      size_t start = i;
      while (i < n && is_ident((unsigned char)src[i])) {
        if (src[i] == '\\' && i + 1 < n) out[o++] = src[i++];
        out[o++] = src[i++];
      }
      bool number = c >= '0' && c <= '9';
      regex_ok = !number && !after_dot && keyword_before_expression(src + start, i - start);
      after_dot = false;
      continue;
    }
    if (c == '\n') {
      out[o++] = src[i++];
      line++;
      line_start = o;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') {
      out[o++] = src[i++];
      continue;
    }
    /* punctuators */
    after_dot = c == '.' && !(i + 1 < n && src[i + 1] == '.');
    if (c == '{' && tpl > 0) depth[tpl - 1]++;
    if (c == '}' && tpl > 0) {
      if (depth[tpl - 1] == 0) {
        /* the end of a ${} substitution: back to the template's text */
        tpl--;
        out[o++] = src[i++];
        in_template = true;
        continue;
      }
      depth[tpl - 1]--;
    }
    if ((c == '+' || c == '-') && i + 1 < n && src[i + 1] == (char)c) {
      out[o++] = src[i++];
      out[o++] = src[i++];
      regex_ok = false; /* a++ / 2 */
      continue;
    }
    /* after ) ] a value ended; after } a statement usually did */
    regex_ok = !(c == ')' || c == ']');
    out[o++] = src[i++];
  }
  if (in_template || tpl > 0) goto fail;
  return o;
fail:
  if (err_line) *err_line = line;
  return (size_t)-1;
}
