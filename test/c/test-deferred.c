/* src/rt/deferred.c: functions of a library loaded on first call reach it
 * with every kind of argument intact (registers, vector registers with a
 * variadic count, stacked arguments), versioned or not, from two threads
 * at once. zlib stands in for the engine's deferred libraries; this
 * program does not link it. */
#include "rt/deferred.c"

#include "../c/test.h"

#if defined(ND_DEFERRED_COUNT) && ND_DEFERRED_COUNT > 0
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  unsigned char *next_in;
  unsigned avail_in;
  unsigned long total_in;
  unsigned char *next_out;
  unsigned avail_out;
  unsigned long total_out;
  char *msg;
  void *state, *zalloc, *zfree, *opaque;
  int data_type;
  unsigned long adler, reserved;
} z_stream_t;

const char *zlibVersion(void);
unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned len);
unsigned long crc32_z(unsigned long crc, const unsigned char *buf, size_t len);
void *gzopen(const char *path, const char *mode);
int gzprintf(void *file, const char *format, ...);
int gzclose(void *file);
int deflateInit2_(z_stream_t *strm, int level, int method, int window_bits, int mem_level,
                  int strategy, const char *version, int stream_size);
int deflateEnd(z_stream_t *strm);

static nd_test_t T;

static void *crc_thread(void *arg) {
  return (void *)crc32(0, (const unsigned char *)arg, (unsigned)strlen(arg));
}

int main(void) {
  /* two threads take the first call of the same function */
  pthread_t a, b;
  void *ra, *rb;
  char text[] = "The quick brown fox jumps over the lazy dog";
  CHECK(&T, pthread_create(&a, NULL, crc_thread, text) == 0);
  CHECK(&T, pthread_create(&b, NULL, crc_thread, text) == 0);
  pthread_join(a, &ra);
  pthread_join(b, &rb);
  CHECK(&T, (unsigned long)ra == 0x414fa339UL);
  CHECK(&T, (unsigned long)rb == 0x414fa339UL);
  CHECK(&T, crc32_z(0, (const unsigned char *)text, strlen(text)) == 0x414fa339UL);

  const char *v = zlibVersion();
  CHECK(&T, v && v[0] == '1');

  /* variadic, with a double: %al counts the vector registers used */
  void *gz = gzopen("/dev/null", "wb");
  CHECK(&T, gz != NULL);
  if (gz) {
    int n = gzprintf(gz, "%d %s %.2f %.1f", 7, "x", 2.5, 0.25);
    CHECK(&T, n == (int)strlen("7 x 2.50 0.2") || n == (int)strlen("7 x 2.50 0.3"));
    CHECK(&T, gzclose(gz) == 0);
  }

  /* eight arguments: the last two on the stack */
  z_stream_t zs;
  memset(&zs, 0, sizeof zs);
  CHECK(&T, deflateInit2_(&zs, 6, 8, 15, 8, 0, v, (int)sizeof zs) == 0);
  CHECK(&T, deflateEnd(&zs) == 0);
  /* a wrong stream size is refused: the stacked argument arrived */
  CHECK(&T, deflateInit2_(&zs, 6, 8, 15, 8, 0, v, (int)sizeof zs - 8) == -6);
  return nd_test_report("deferred", &T);
}
#else
int main(void) { /* x86-64 only, as the trampolines */
  nd_test_t t = {0};
  return nd_test_report("deferred", &t);
}
#endif
