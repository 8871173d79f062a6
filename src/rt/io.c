/* Blocking writes for the synchronous paths. */
#include <errno.h>
#include <sys/select.h>
#include <unistd.h>

#include "rt/io.h"

int nd_write_all(int fd, const char *buf, size_t len) {
  size_t off = 0;
  while (off < len) {
    ssize_t n = write(fd, buf + off, len - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        /* a non-blocking pipe is full: wait for room, stay synchronous */
        fd_set set;
        FD_ZERO(&set);
        FD_SET(fd, &set);
        select(fd + 1, NULL, &set, NULL, NULL);
        continue;
      }
      return -errno;
    }
    off += (size_t)n;
  }
  return 0;
}
