/* src/esm: the grammar (valid programs parse, invalid ones report V8's
 * message at the right place), the metadata, and the rewrite (positions
 * kept, pushes only where the binding is the module's). */
#include <stdlib.h>
#include <string.h>

#include "../c/test.h"
#include "esm/esm.h"

static nd_test_t T;

static int transform(const char *src, nd_esm_result_t *r) {
  return nd_esm_transform(src, strlen(src), r);
}

static void valid(const char *src) {
  nd_esm_result_t r;
  int rc = transform(src, &r);
  if (rc != 0) fprintf(stderr, "  rejected: %s\n  -> %d:%d %s\n", src, r.err_line, r.err_col, r.err_msg);
  CHECK(&T, rc == 0);
  nd_esm_result_free(&r);
}

static void invalid(const char *src, int line, int col, const char *msg) {
  nd_esm_result_t r;
  int rc = transform(src, &r);
  CHECK(&T, rc == ND_ESM_ESYNTAX);
  if (rc == ND_ESM_ESYNTAX) {
    CHECK_STR(&T, r.err_msg, msg);
    if (r.err_line != line || r.err_col != col)
      fprintf(stderr, "  %s: at %d:%d, want %d:%d\n", src, r.err_line, r.err_col, line, col);
    CHECK(&T, r.err_line == line && r.err_col == col);
  } else {
    fprintf(stderr, "  accepted: %s\n", src);
  }
  nd_esm_result_free(&r);
}

/* the code, without the footer the transform appends */
static char *body(const nd_esm_result_t *r) {
  const char *f = strstr(r->code, "\n;function ");
  size_t n = f ? (size_t)(f - r->code) : r->code_len;
  char *s = malloc(n + 1);
  memcpy(s, r->code, n);
  s[n] = 0;
  return s;
}

static void grammar(void) {
  const char *ok[] = {
      "a = b / c / d; e = /re/g.test(x); f = a++ / 2; g = (1) / 2; h = x => /y/;",
      "x = `a${`b${`c${d}`}`}e`; y = tag`x${1}y`; z = `${{a: 1}.a}`;",
      "let a = 1\nlet b = 2\n;[a, b] = [b, a]\nconst c = a\n(b)",
      "label: for (;;) { for (const x of y) { if (x) continue label; break label; } }",
      "class A extends B { #x = 1; static #y; static { this.z = 1; } get #g() { return this.#x; }"
      " set [k](v) {} static async *m() { yield* super.m(); } constructor() { super(); } #p() { return #x in this; } }",
      "async function f() { for await (const x of y) await x; } function* g() { const v = yield; yield* g(); }",
      "const { a, b: [c, d = 1], ...rest } = o; ({ a, b: { c } } = o); [a, [b], ...c] = d;",
      "a?.b?.[c]?.(d); a ?? b; a ||= b; a &&= c; a ?\?= d; x **= 2; y = 2 ** -(1);",
      "x = 1_000_000 + 0x1F_FF + 0b1010 + 0o17 + 1e3 + .5 + 5. + 10n + 0xffn;",
      "#!/usr/bin/env node\nexport {};",
      "const o = { get, set, async, static: 1, get a() { return 1; }, set a(v) {}, async *b() {}, 'c'() {}, 1: 2, [d]: 3 };",
      "if (a) b; else if (c) d; else { e }\nswitch (x) { case 1: let y; break; default: }\ndo x++; while (x < 5) y()",
      "try { a } catch { b } finally { c }\ntry { a } catch ({ message }) { b }",
      "new a.b.C(); new new X()(); function f() { return new.target; }",
      "x = async () => await 1; y = async x => x; z = async (a, { b }) => a; w = async(1, 2);",
      "var yield_ = 1, async = 2, of = 3, get = 4, let_ = 5; async; of;",
      "import.meta.url; import('x'); import('x', { with: { type: 'json' } }); await import('y');",
      "for (const [k, v] of Object.entries(o)) ; for (let i = 0, j; i < 2; i++) ; for (x in y) ; for (a.b of c) ;",
      "x = a ? b : c ? d : e; y = (a, b) => ({ a, b }); z = () => {}; (function () {})(); (() => 1)();",
      "export default async function () {} \nexport const a = 1;",
      "a\n++b", "x = y\n/re/g.exec(z)", "if (a) function_ = 1",
      "class A { 'constructor'() {} static prototype_() {} accessor = 1; static = 2; get = 3; }",
      "await 1; await (async () => {})(); for await (const x of []) ;",
      "\\u0061bc = 1; var \\u{62} = 2; x = '\\u{1F600}\\x41\\n';",
      "a = b\n(c)", "x = { __proto__: null, a }",
  };
  for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) valid(ok[i]);

  invalid("let x = ;", 1, 8, "Unexpected token ';'");
  invalid("foo bar", 1, 4, "Unexpected identifier 'bar'");
  invalid("if (a", 1, 5, "Unexpected end of input");
  invalid("return 1", 1, 0, "Illegal return statement");
  invalid("let a;\nlet a;", 2, 4, "Identifier 'a' has already been declared");
  invalid("import { a } from 'x'; let a;", 1, 27, "Identifier 'a' has already been declared");
  invalid("export { y }", 1, 9, "Export 'y' is not defined in module");
  invalid("export const a = 1; export { a }", 1, 29, "Duplicate export of 'a'");
  invalid("x = 010", 1, 4, "Octal literals are not allowed in strict mode.");
  invalid("x = '\\01'", 1, 4, "Octal escape sequences are not allowed in strict mode.");
  invalid("with (a) {}", 1, 0, "Strict mode code may not include a with statement");
  invalid("break;", 1, 0, "Illegal break statement");
  invalid("while (1) { () => { continue; } }", 1, 20,
          "Illegal continue statement: no surrounding iteration statement");
  invalid("a: { break b; }", 1, 11, "Undefined label 'b'");
  invalid("new.target", 1, 0, "new.target expression is not allowed here");
  invalid("super.x", 1, 0, "'super' keyword unexpected here");
  invalid("`abc", 1, 0, "Unterminated template literal");
  invalid("'abc", 1, 0, "Invalid or unexpected token");
  invalid("function f() { await 1; }", 1, 15,
          "await is only valid in async functions and the top level bodies of modules");
  invalid("var await;", 1, 4, "Unexpected reserved word");
  invalid("var let = 1;", 1, 4, "Unexpected strict mode reserved word");
  invalid("var static;", 1, 4, "Unexpected strict mode reserved word");
  invalid("var eval;", 1, 4, "Unexpected eval or arguments in strict mode");
  invalid("delete x;", 1, 0, "Delete of an unqualified identifier in strict mode.");
  invalid("1 = 2", 1, 0, "Invalid left-hand side in assignment");
  invalid("x = { a = 1 }", 1, 4, "Invalid shorthand property initializer");
  invalid("f(a b)", 1, 4, "missing ) after argument list");
  invalid("throw\nx", 1, 0, "Illegal newline after throw");
  invalid("const a;", 1, 7, "Missing initializer in const declaration");
  invalid("x = /a", 1, 4, "Invalid regular expression: missing /");
  invalid("x = /a/gg", 1, 4, "Invalid regular expression flags");
  invalid("x = 1__0", 1, 6, "Only one underscore is allowed as numeric separator");
  invalid("x = 1_", 1, 5, "Numeric separators are not allowed at the end of numeric literals");
  invalid("if (a) function f() {}", 1, 7,
          "In strict mode code, functions can only be declared at top level or inside a block.");
  invalid("function f(a, a) {}", 1, 14, "Duplicate parameter name not allowed in this context");
  invalid("x = -1 ** 2", 1, 7,
          "Unary operator used immediately before exponentiation expression. Parenthesis must "
          "be used to disambiguate operator precedence");
  invalid("a?.b = 1", 1, 0, "Invalid left-hand side in assignment");
  invalid("x = 3in []", 1, 4, "Invalid or unexpected token");
  invalid("try {}", 1, 6, "Unexpected end of input");
  invalid("\n\n  )", 3, 2, "Unexpected token ')'");
  invalid("x = 'a' 'b'", 1, 8, "Unexpected string");
  invalid("let [a] ;", 1, 8, "Missing initializer in destructuring declaration");
  invalid("é = 1; ü ü", 1, 9, "Unexpected identifier 'ü'");
}

static void metadata(void) {
  nd_esm_result_t r;
  const char *src =
      "import d, { a as b, 'c d' as e } from './x.mjs';\n"
      "import * as ns from './y.mjs' with { type: 'json' };\n"
      "import './x.mjs';\n"
      "export * from './z.mjs';\n"
      "export * as zz from './z.mjs';\n"
      "export { q as r, default as s } from './x.mjs';\n"
      "export { b as bb, ns };\n"
      "export let l = 1; export var v; export function f() {} export class C {}\n"
      "export default 1 + 2;\n";
  CHECK(&T, transform(src, &r) == 0);
  CHECK(&T, r.nrequests == 3);
  CHECK_STR(&T, r.requests[0].specifier, "./x.mjs");
  CHECK_STR(&T, r.requests[1].type, "json");
  CHECK(&T, r.requests[2].line == 4 && r.requests[2].col == 14);
  CHECK(&T, r.nimports == 4);
  CHECK_STR(&T, r.imports[0].imported, "default");
  CHECK_STR(&T, r.imports[2].imported, "c d");
  CHECK_STR(&T, r.imports[2].local, "e");
  CHECK(&T, r.imports[3].imported == NULL && r.imports[3].request == 1);
  int kinds[4] = {0};
  for (int i = 0; i < r.nexports; i++) kinds[r.exports[i].kind]++;
  CHECK(&T, r.nexports == 11);
  CHECK(&T, kinds[ND_ESM_X_LOCAL] == 5 && kinds[ND_ESM_X_INDIRECT] == 3);
  CHECK(&T, kinds[ND_ESM_X_STAR] == 1 && kinds[ND_ESM_X_STAR_AS] == 2);
  for (int i = 0; i < r.nexports; i++) {
    nd_esm_export_t *e = &r.exports[i];
    if (e->exported && strcmp(e->exported, "bb") == 0)
      CHECK(&T, e->kind == ND_ESM_X_INDIRECT && strcmp(e->name, "a") == 0);
    if (e->exported && strcmp(e->exported, "f") == 0) CHECK(&T, e->binding == ND_ESM_B_FUNCTION);
    if (e->exported && strcmp(e->exported, "v") == 0) CHECK(&T, e->binding == ND_ESM_B_VAR);
    if (e->exported && strcmp(e->exported, "C") == 0) CHECK(&T, e->binding == ND_ESM_B_LET);
  }
  CHECK(&T, !r.has_tla && !r.has_meta && !r.has_dynamic);
  nd_esm_result_free(&r);

  /* source phase imports: `import source from` is a default import named source */
  CHECK(&T, transform("import source m from './a.wasm';\nimport source from './a.wasm';\n"
                      "import source from from './b.wasm';\nexport { m };\nx = import.source('./c.wasm');",
                      &r) == 0);
  CHECK(&T, r.nrequests == 3 && r.requests[0].source && !r.requests[1].source && r.requests[2].source);
  CHECK(&T, r.nimports == 3 && r.imports[0].imported == NULL && strcmp(r.imports[1].imported, "default") == 0);
  CHECK_STR(&T, r.imports[2].local, "from");
  CHECK(&T, r.has_dynamic && strstr(r.code, "x = $nd.src      (") != NULL);
  nd_esm_result_free(&r);
  invalid("import source m, { a } from 'x';", 1, 14, "Unexpected identifier 'm'");
  invalid("import source m from 'x' with { type: 'json' };", 1, 25, "Unexpected token 'with'");
  invalid("import.source('x',);", 1, 17, "Unexpected token ','");
  invalid("import.source();", 1, 14, "import.source() requires a specifier");

  CHECK(&T, transform("x;\n  await y;\nfunction f() { return import.meta; }", &r) == 0);
  CHECK(&T, r.has_tla && r.tla_line == 2 && r.tla_col == 2 && r.has_meta);
  nd_esm_result_free(&r);
  CHECK(&T, transform("async function f() { await x; } (async () => await y)();", &r) == 0);
  CHECK(&T, !r.has_tla);
  nd_esm_result_free(&r);
  /* the prefix avoids every name the source uses */
  CHECK(&T, transform("const $nd = 1, $n0 = 2;", &r) == 0);
  CHECK_STR(&T, r.prefix, "$n1");
  nd_esm_result_free(&r);
}

static void rewrite(void) {
  nd_esm_result_t r;
  const char *src =
      "import { a } from './a.mjs'; console.log(a);\n"
      "export let count = 0;\n"
      "export function inc() { count++; }\n"
      "function shadow(count) { count = 1; { let count; count = 2; } }\n"
      "try {} catch (count) { count = 3; }\n"
      "const g = () => { var count; count = 4; };\n"
      "export default class {}\n"
      "x = import.meta.url; y = import('./b.mjs');\n";
  CHECK(&T, transform(src, &r) == 0);
  char *b = body(&r);
  /* every line stays where it was, and so does every token on unedited lines */
  const char *want =
      "                             console.log(a);\n"
      "       let count = 0;;$nd.u(\"count\",count);\n"
      "       function inc() { $nd$count(count++); }\n"
      "function shadow(count) { count = 1; { let count; count = 2; } }\n"
      "try {} catch (count) { count = 3; }\n"
      "const g = () => { var count; count = 4; };\n"
      "class $nd_d          {};$nd.u(\"default\",$nd_d);\n"
      "x = $nd.meta   .url; y = $nd_i ('./b.mjs');\n";
  CHECK_STR(&T, b, want);
  CHECK(&T, strstr(r.code, "function $nd_s0($nd_e,$nd_n){a=$nd_e[\"a\"];}") != NULL);
  CHECK(&T, strstr(r.code, "$nd.u(\"inc\",inc);") != NULL); /* hoisted: pushed by $nd_h */
  CHECK(&T, strstr(r.code, "var a;") != NULL);
  free(b);
  nd_esm_result_free(&r);

  /* newlines inside removed statements survive */
  CHECK(&T, transform("import {\n  a,\n  b\n} from 'x';\nexport {\n  a\n};\nz;", &r) == 0);
  b = body(&r);
  CHECK_STR(&T, b, "        \n    \n   \n           \n        \n   \n  \nz;");
  free(b);
  nd_esm_result_free(&r);

  /* assigning an import throws before the binding changes */
  CHECK(&T, transform("import { a } from 'x';\na = 1;", &r) == 0);
  CHECK(&T, strstr(r.code, "($nd_c(),a = 1);") != NULL);
  nd_esm_result_free(&r);

  /* for-of heads push in the loop body */
  CHECK(&T, transform("export let v;\nfor (v of [1]) f();\nfor (v of [2]) { g(); }", &r) == 0);
  CHECK(&T, strstr(r.code, "for (v of [1]) {$nd$v();f();}") != NULL);
  CHECK(&T, strstr(r.code, "for (v of [2]) {$nd$v(); g(); }") != NULL);
  nd_esm_result_free(&r);
}

static void hostile(void) {
  /* deep nesting reports instead of overflowing the stack */
  size_t n = 100000;
  char *s = malloc(2 * n + 1);
  for (size_t i = 0; i < n; i++) s[i] = '(', s[n + i] = ')';
  s[2 * n] = 0;
  nd_esm_result_t r;
  CHECK(&T, nd_esm_transform(s, 2 * n, &r) == ND_ESM_ESYNTAX);
  nd_esm_result_free(&r);
  for (size_t i = 0; i < n; i++) s[i] = '[';
  CHECK(&T, nd_esm_transform(s, n, &r) == ND_ESM_ESYNTAX);
  nd_esm_result_free(&r);
  free(s);
  /* NUL bytes and invalid UTF-8 are errors, not crashes */
  CHECK(&T, nd_esm_transform("a\0b", 3, &r) == ND_ESM_ESYNTAX);
  nd_esm_result_free(&r);
  CHECK(&T, nd_esm_transform("x = \xff;", 6, &r) == ND_ESM_ESYNTAX);
  nd_esm_result_free(&r);
  CHECK(&T, nd_esm_transform("", 0, &r) == 0);
  nd_esm_result_free(&r);
  /* bytes that are not UTF-8 inside a string are one character each (one
   * U+FFFD to the engine): a removed import keeps that many columns */
  const char *bad = "import './\xb0\xb0\xb0.mjs'; x";
  CHECK(&T, nd_esm_transform(bad, strlen(bad), &r) == 0);
  char *b = body(&r);
  CHECK(&T, strlen(b) == strlen(bad) && b[strlen(b) - 1] == 'x');
  free(b);
  nd_esm_result_free(&r);
}

int main(void) {
  grammar();
  metadata();
  rewrite();
  hostile();
  return nd_test_report("test-esm", &T);
}
