/* fs: the synchronous file primitives the module loader and process.stdout
 * need. Errors come back as Node system errors (code, errno, syscall, path). */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "bind/bindings.h"
#include "rt/text.h"
#include "rt/value.h"

/* internalModuleStat(path) -> 0 file, 1 directory, negative errno */
static ND_FN(fs_internal_module_stat) {
  char *path = nd_cstr(ctx, ND_ARG(0), exc);
  if (!path) return NULL;
  uv_fs_t req;
  int r = uv_fs_stat(NULL, &req, path, NULL);
  int kind = r < 0 ? r : (S_ISDIR(req.statbuf.st_mode) ? 1 : 0);
  uv_fs_req_cleanup(&req);
  free(path);
  return nd_num(ctx, kind);
}

/* internalModuleIsSymlink(path) -> true when path itself is a symbolic
 * link (lstat); lets the loader build real paths from cached real folders
 * instead of walking every component with realpath(). */
static ND_FN(fs_internal_module_is_symlink) {
  char *path = nd_cstr(ctx, ND_ARG(0), exc);
  if (!path) return NULL;
  uv_fs_t req;
  int r = uv_fs_lstat(NULL, &req, path, NULL);
  bool link = r == 0 && S_ISLNK(req.statbuf.st_mode);
  uv_fs_req_cleanup(&req);
  free(path);
  return JSValueMakeBoolean(ctx, link);
}

/* Reads a whole file into a malloc'd NUL-terminated buffer; 0 or -errno. */
int nd_fs_read_all(const char *path, char **out, size_t *outlen) {
  uv_fs_t req;
  int fd = uv_fs_open(NULL, &req, path, UV_FS_O_RDONLY, 0, NULL);
  uv_fs_req_cleanup(&req);
  if (fd < 0) return fd;
  size_t cap = 16384, len = 0;
  char *buf = malloc(cap);
  ND_CHECK(buf);
  for (;;) {
    if (cap - len < 4096) {
      cap *= 2;
      buf = realloc(buf, cap);
      ND_CHECK(buf);
    }
    uv_buf_t b = uv_buf_init(buf + len, (unsigned)(cap - len - 1));
    int n = uv_fs_read(NULL, &req, fd, &b, 1, -1, NULL);
    uv_fs_req_cleanup(&req);
    if (n < 0) {
      free(buf);
      uv_fs_close(NULL, &req, fd, NULL);
      uv_fs_req_cleanup(&req);
      return n;
    }
    if (n == 0) break;
    len += (size_t)n;
  }
  uv_fs_close(NULL, &req, fd, NULL);
  uv_fs_req_cleanup(&req);
  buf[len] = 0;
  *out = buf;
  *outlen = len;
  return 0;
}

/* readFileUtf8(path) -> string; throws a system error */
static ND_FN(fs_read_file_utf8) {
  char *path = nd_cstr(ctx, ND_ARG(0), exc);
  if (!path) return NULL;
  char *data;
  size_t len;
  int r = nd_fs_read_all(path, &data, &len);
  if (r < 0) {
    *exc = nd_uv_error(ctx, r, "open", path);
    free(path);
    return NULL;
  }
  free(path);
  /* The engine's C-string API gives 8-bit strings for ASCII (faster to
   * parse) but stops at U+0000 and returns "" for invalid UTF-8; those
   * files go through our decoder, which replaces bad bytes as Node does. */
  JSValueRef v = NULL;
  if (!memchr(data, 0, len)) {
    JSStringRef s = JSStringCreateWithUTF8CString(data);
    if (JSStringGetLength(s) > 0 || len == 0) v = JSValueMakeString(ctx, s);
    JSStringRelease(s);
  }
  if (!v) v = nd_text_decode(ctx, data, len, "utf8");
  free(data);
  return v;
}

/* realpath(path) -> string; throws a system error */
static ND_FN(fs_realpath) {
  char *path = nd_cstr(ctx, ND_ARG(0), exc);
  if (!path) return NULL;
  uv_fs_t req;
  int r = uv_fs_realpath(NULL, &req, path, NULL);
  JSValueRef v = NULL;
  if (r < 0)
    *exc = nd_uv_error(ctx, r, "realpath", path);
  else
    v = nd_str(ctx, req.ptr);
  uv_fs_req_cleanup(&req);
  free(path);
  return v;
}

/* writeString(fd, string) -> bytes written; writes all of it (stdout and
 * stderr are synchronous for files, pipes and TTYs here). */
static ND_FN(fs_write_string) {
  int fd = (int)nd_tonum(ctx, ND_ARG(0));
  JSStringRef s = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (!s) return NULL;
  size_t cap = JSStringGetMaximumUTF8CStringSize(s);
  char stackbuf[4096];
  char *buf = cap <= sizeof stackbuf ? stackbuf : malloc(cap);
  ND_CHECK(buf);
  size_t len = JSStringGetUTF8CString(s, buf, cap) - 1;
  JSStringRelease(s);
  size_t off = 0;
  int err = 0;
  while (off < len) {
    ssize_t n = write(fd, buf + off, len - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        fd_set set;
        FD_ZERO(&set);
        FD_SET(fd, &set);
        select(fd + 1, NULL, &set, NULL, NULL);
        continue;
      }
      err = -errno;
      break;
    }
    off += (size_t)n;
  }
  if (buf != stackbuf) free(buf);
  if (err) {
    *exc = nd_uv_error(ctx, err, "write", NULL);
    return NULL;
  }
  return nd_num(ctx, (double)len);
}

void nd_fs_init(nd_rt_t *rt, JSObjectRef target) {
  static const nd_fn_entry_t fns[] = {
      {"internalModuleStat", fs_internal_module_stat},
      {"internalModuleIsSymlink", fs_internal_module_is_symlink},
      {"readFileUtf8", fs_read_file_utf8},
      {"realpath", fs_realpath},
      {"writeString", fs_write_string},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
}
