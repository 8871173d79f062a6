/* The ES module transform's own speed (src/esm, no engine): transforms the
 * files given, all of them per round, rounds until 0.5 s have passed, and
 * prints "BENCH esm transform_mb_s=.. source_kb=.. files=..", MB/s of source
 * (10^6 bytes) in the best of 5 such measurements.
 * usage: nd_esm_speed FILE... (bench/esm.js runs it over its graph) */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "esm/esm.h"

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *slurp(const char *name, size_t *len) {
  FILE *f = fopen(name, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  for (size_t k; buf && (k = fread(buf + n, 1, cap - n, f)) > 0;) {
    n += k;
    if (n == cap) {
      char *b = realloc(buf, cap *= 2);
      if (!b) free(buf);
      buf = b;
    }
  }
  fclose(f);
  *len = n;
  return buf;
}

int main(int argc, char **argv) {
  int n = argc - 1;
  if (n < 1) {
    fprintf(stderr, "usage: nd_esm_speed FILE...\n");
    return 2;
  }
  char **src = calloc((size_t)n, sizeof *src);
  size_t *len = calloc((size_t)n, sizeof *len);
  size_t total = 0;
  if (!src || !len) return 1;
  for (int i = 0; i < n; i++) {
    src[i] = slurp(argv[i + 1], &len[i]);
    if (!src[i]) {
      fprintf(stderr, "nd_esm_speed: cannot read %s\n", argv[i + 1]);
      return 1;
    }
    total += len[i];
  }
  double best = 0;
  for (int m = 0; m < 5; m++) {
    double t0 = now_s(), t;
    long rounds = 0;
    do {
      for (int i = 0; i < n; i++) {
        nd_esm_result_t r;
        int rc = nd_esm_transform(src[i], len[i], &r);
        nd_esm_result_free(&r);
        if (rc != 0) {
          fprintf(stderr, "nd_esm_speed: %s: transform failed (%d)\n", argv[i + 1], rc);
          return 1;
        }
      }
      rounds++;
      t = now_s() - t0;
    } while (t < 0.5);
    double mbs = (double)total * (double)rounds / t / 1e6;
    if (mbs > best) best = mbs;
  }
  printf("BENCH esm transform_mb_s=%.1f source_kb=%.1f files=%d\n", best, (double)total / 1024, n);
  for (int i = 0; i < n; i++) free(src[i]);
  free(src);
  free(len);
  return 0;
}
