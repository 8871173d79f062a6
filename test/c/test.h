/* A tiny test runner for the pure-C units: CHECK records a failure with
 * file:line and goes on; main returns nonzero when any check failed. */
#ifndef ND_TEST_C_TEST_H
#define ND_TEST_C_TEST_H

#include <stdio.h>
#include <string.h>

typedef struct {
  int passed, failed;
} nd_test_t;

#define CHECK(t, cond)                                                  \
  do {                                                                  \
    if (cond) {                                                         \
      (t)->passed++;                                                    \
    } else {                                                            \
      (t)->failed++;                                                    \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                   \
  } while (0)

#define CHECK_STR(t, got, want)                                                   \
  do {                                                                            \
    const char *g_ = (got), *w_ = (want);                                         \
    if (g_ && w_ && strcmp(g_, w_) == 0) {                                        \
      (t)->passed++;                                                              \
    } else {                                                                      \
      (t)->failed++;                                                              \
      fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__,     \
              g_ ? g_ : "(null)", w_ ? w_ : "(null)");                            \
    }                                                                             \
  } while (0)

static inline int nd_test_report(const char *name, const nd_test_t *t) {
  printf("%s: %d passed, %d failed\n", name, t->passed, t->failed);
  return t->failed ? 1 : 0;
}

#endif
