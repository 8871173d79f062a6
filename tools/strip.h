/* Comment stripping for embedded JavaScript (tools/strip.c). */
#ifndef ND_TOOLS_STRIP_H
#define ND_TOOLS_STRIP_H

#include <stddef.h>

/* Copies src[0..n) to out (room for n bytes) without its comments, every
 * line break kept. Returns the length written, or (size_t)-1 when the text
 * is not well formed (an unterminated string, template, regex or comment);
 * *err_line then holds the line. */
size_t nd_strip_comments(const char *src, size_t n, char *out, int *err_line);

#endif
