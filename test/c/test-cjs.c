/* src/esm/cjs.c: the CommonJS export patterns Node detects, re-exports,
 * import() positions, and what must not count. */
#include <stdlib.h>
#include <string.h>

#include "../c/test.h"
#include "esm/cjs.h"

static nd_test_t T;

/* names: space-separated expected list ("" for none) */
static void same(char **got, int n, const char *want, const char *src) {
  char buf[512] = "";
  for (int i = 0; i < n; i++) {
    if (i) strcat(buf, " ");
    strcat(buf, got[i]);
  }
  if (strcmp(buf, want) != 0) fprintf(stderr, "  %s\n", src);
  CHECK_STR(&T, buf, want);
}

static void scan(const char *src, const char *exports, const char *reexports) {
  nd_cjs_result_t r;
  CHECK(&T, nd_cjs_scan(src, strlen(src), &r) == 0);
  same(r.exports, r.nexports, exports, src);
  same(r.reexports, r.nreexports, reexports, src);
  nd_cjs_result_free(&r);
}

int main(void) {
  scan("exports.a = 1; exports['b c'] = 2; module.exports.d = 3; module.exports['e'] = 4;",
       "a b c d e", "");
  scan("if (x) { exports.deep = function () {}; }", "deep", "");
  scan("exports.a == 1; foo.exports.b = 1; exports.c += 1; module.foo.exports.d = 2", "", "");
  scan("module.exports = require('./x');", "", "./x");
  scan("module.exports = { a, b: c, 'd': e, ...require('y'), f };", "a b d f", "y");
  scan("module.exports = { a: 1, b };", "", "");
  scan("module.exports = { a: b.c, d };", "a", "");
  scan("Object.defineProperty(exports, '__esModule', { value: true });", "__esModule", "");
  scan("Object.defineProperty(exports, 'g', { enumerable: true, get: function () { return m.g; } });",
       "g", "");
  scan("Object.defineProperty(module.exports, 'h', { enumerable: true, get() { return h } });", "h", "");
  scan("Object.defineProperty(exports, 'no', { get() { return compute(); } });", "", "");
  scan("__exportStar(require('./a'), exports); tslib.__exportStar(require(\"./b\"), exports);"
       "__export(require('./c'));", "", "./a ./b ./c");
  scan("var _x = _interopRequireWildcard(require('./w'));\n"
       "Object.keys(_x).forEach(function (key) { exports[key] = _x[key]; });", "", "./w");
  /* strings, comments, templates and regexps hide look-alikes */
  scan("// exports.a = 1\n/* exports.b = 2 */ var s = 'exports.c = 3';\n"
       "var t = `${ {x: 1}.x } exports.d = ${ `${1}` }`; var r = /exports.e = 1/; exports.f = 1;",
       "f", "");
  scan("var q = a / 2; exports.g = q / 1 / 2;", "g", "");
  scan("exports.a = 1; exports.a = 2;", "a", "");
  scan("#!/usr/bin/env node\nexports.sh = 1", "sh", "");
  scan("exports.\\u0061b = 1; exports['\\u00e9'] = 2", "ab \xc3\xa9", "");

  /* import() calls: UTF-16 offsets of `import` */
  nd_cjs_result_t r;
  const char *src = "x.import(1); import('a'); /* import('b') */ \xc3\xa9 import ('c'); import.meta";
  CHECK(&T, nd_cjs_scan(src, strlen(src), &r) == 0);
  CHECK(&T, r.nimports == 2);
  if (r.nimports == 2) {
    CHECK(&T, r.imports[0] == 13);
    CHECK(&T, r.imports[1] == 46);
  }
  nd_cjs_result_free(&r);

  /* a lexical error keeps what was found */
  src = "exports.a = 1; var s = 'unterminated";
  CHECK(&T, nd_cjs_scan(src, strlen(src), &r) == 0);
  CHECK(&T, r.lex_error && r.nexports == 1);
  nd_cjs_result_free(&r);
  return nd_test_report("test-cjs", &T);
}
