/* Blocking writes for the synchronous paths (stdout/stderr, writeString). */
#ifndef ND_RT_IO_H
#define ND_RT_IO_H

#include <stddef.h>

/* Writes all of buf to fd, waiting out a full non-blocking pipe; 0 or
 * -errno. */
int nd_write_all(int fd, const char *buf, size_t len);

#endif
