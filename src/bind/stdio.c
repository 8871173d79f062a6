/* The facts behind process.stdout / stderr / stdin: what kind of thing each
 * fd is, a terminal's size, and synchronous writes (Node writes stdio
 * synchronously to files and terminals). */
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <unistd.h>

#include "bind/process.h"
#include "rt/io.h"
#include "rt/value.h"

/* guessHandleType(fd) -> 'TTY' | 'FILE' | 'PIPE' | 'TCP' | 'UDP' | 'UNKNOWN' */
ND_FN(nd_process_guess_handle_type) {
  int fd = (int)nd_tonum(ctx, ND_ARG(0));
  switch (uv_guess_handle(fd)) {
    case UV_TTY: return nd_str(ctx, "TTY");
    case UV_FILE: return nd_str(ctx, "FILE");
    case UV_NAMED_PIPE: return nd_str(ctx, "PIPE");
    case UV_TCP: return nd_str(ctx, "TCP");
    case UV_UDP: return nd_str(ctx, "UDP");
    default: return nd_str(ctx, "UNKNOWN");
  }
}

/* getWindowSize(fd) -> [columns, rows], or undefined when fd is no terminal.
 * ioctl rather than a uv_tty_t: opening a tty handle would change the fd's
 * mode behind the program's back. */
ND_FN(nd_process_get_window_size) {
  int fd = (int)nd_tonum(ctx, ND_ARG(0));
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return JSValueMakeUndefined(ctx);
  JSValueRef v[2] = {nd_num(ctx, ws.ws_col), nd_num(ctx, ws.ws_row)};
  return nd_array(ctx, 2, v);
}

/* writeSync(fd, string | ArrayBufferView) -> bytes written; throws a
 * system error (EPIPE, EBADF...) */
ND_FN(nd_process_write_sync) {
  int fd = (int)nd_tonum(ctx, ND_ARG(0));
  JSValueRef data = ND_ARG(1);
  int r;
  size_t len;
  JSObjectRef obj = nd_toobj(ctx, data);
  if (obj && JSValueGetTypedArrayType(ctx, data, NULL) != kJSTypedArrayTypeNone &&
      JSValueGetTypedArrayType(ctx, data, NULL) != kJSTypedArrayTypeArrayBuffer) {
    const char *bytes = JSObjectGetTypedArrayBytesPtr(ctx, obj, exc);
    if (*exc) return NULL;
    len = JSObjectGetTypedArrayByteLength(ctx, obj, NULL);
    size_t off = JSObjectGetTypedArrayByteOffset(ctx, obj, NULL);
    r = len ? nd_write_all(fd, bytes + off, len) : 0;
  } else {
    JSStringRef s = JSValueToStringCopy(ctx, data, exc);
    if (!s) return NULL;
    size_t cap = JSStringGetMaximumUTF8CStringSize(s);
    char stackbuf[4096];
    char *buf = cap <= sizeof stackbuf ? stackbuf : malloc(cap);
    if (!buf) abort();
    len = JSStringGetUTF8CString(s, buf, cap) - 1;
    JSStringRelease(s);
    r = nd_write_all(fd, buf, len);
    if (buf != stackbuf) free(buf);
  }
  if (r < 0) {
    *exc = nd_uv_error(ctx, r, "write", NULL);
    return NULL;
  }
  return nd_num(ctx, (double)len);
}
