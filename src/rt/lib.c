/* Lookup of embedded lib/ sources by id. */
#include <string.h>

#include "rt/lib.h"

const nd_lib_entry_t *nd_lib_find(const char *id) {
  size_t lo = 0, hi = nd_lib_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(id, nd_lib_entries[mid].id);
    if (c == 0) return &nd_lib_entries[mid];
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
}
