/* libFuzzer target for the ES module transform: any input either
 * transforms or reports a syntax error with a position; never crashes.
 * Build: make fuzz-esm (clang, -fsanitize=fuzzer,address,undefined). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "esm/esm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  nd_esm_result_t r;
  int rc = nd_esm_transform((const char *)data, size, &r);
  if (rc == ND_ESM_ESYNTAX && (r.err_line < 1 || r.err_col < 0 || !r.err_msg[0])) abort();
  if (rc == 0 && (!r.code || r.code_len < size / 2)) abort();
  nd_esm_result_free(&r);
  return 0;
}
