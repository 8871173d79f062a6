/* os: the facts behind lib/os.js, from libuv. A failure comes back as a
 * negative libuv code (a number where a string or array was expected);
 * lib/os.js turns it into Node's SystemError. */
#include <dlfcn.h>
#include <errno.h>
#include <string.h>

#include "bind/bindings.h"
#include "rt/signals.h"
#include "rt/value.h"

static void free_bytes(void *bytes, void *ctx) {
  (void)ctx;
  free(bytes);
}

/* An ArrayBuffer holding a copy of the bytes (userInfo keeps raw bytes so
 * that every encoding, 'buffer' included, can be applied in JS). */
static JSValueRef bytes_value(JSContextRef ctx, const char *s, JSValueRef *exc) {
  size_t len = s ? strlen(s) : 0;
  char *copy = malloc(len ? len : 1);
  if (!copy) abort();
  if (len) memcpy(copy, s, len);
  return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, copy, len, free_bytes, NULL, exc);
}

static ND_FN(os_hostname) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t len = sizeof buf;
  int r = uv_os_gethostname(buf, &len);
  return r < 0 ? nd_num(ctx, r) : nd_str(ctx, buf);
}

static ND_FN(os_homedir) {
  char buf[4096];
  size_t len = sizeof buf;
  int r = uv_os_homedir(buf, &len);
  return r < 0 ? nd_num(ctx, r) : nd_str(ctx, buf);
}

/* uname() -> [sysname, release, version, machine] */
static ND_FN(os_uname) {
  uv_utsname_t u;
  int r = uv_os_uname(&u);
  if (r < 0) return nd_num(ctx, r);
  JSValueRef v[4] = {nd_str(ctx, u.sysname), nd_str(ctx, u.release), nd_str(ctx, u.version),
                     nd_str(ctx, u.machine)};
  return nd_array(ctx, 4, v);
}

static ND_FN(os_loadavg) {
  double avg[3];
  uv_loadavg(avg);
  JSValueRef v[3] = {nd_num(ctx, avg[0]), nd_num(ctx, avg[1]), nd_num(ctx, avg[2])};
  return nd_array(ctx, 3, v);
}

static ND_FN(os_uptime) {
  double t;
  int r = uv_uptime(&t);
  return nd_num(ctx, r < 0 ? r : t);
}

/* Node reports available memory (cgroup limits included); libuv before
 * 1.45 has no such call, but its free memory is already MemAvailable. */
static ND_FN(os_freemem) {
#if UV_VERSION_HEX >= 0x012d00
  return nd_num(ctx, (double)uv_get_available_memory());
#else
  return nd_num(ctx, (double)uv_get_free_memory());
#endif
}
static ND_FN(os_totalmem) { return nd_num(ctx, (double)uv_get_total_memory()); }
static ND_FN(os_available_parallelism) { return nd_num(ctx, uv_available_parallelism()); }

/* cpus() -> [model, speed, user, nice, sys, idle, irq, ...] (times in ms) */
static ND_FN(os_cpus) {
  uv_cpu_info_t *info;
  int n;
  int r = uv_cpu_info(&info, &n);
  if (r < 0) return nd_num(ctx, r);
  JSValueRef *v = malloc(sizeof *v * (size_t)(n * 7 + 1));
  if (!v) abort();
  for (int i = 0; i < n; i++) {
    JSValueRef *e = v + i * 7;
    e[0] = nd_str(ctx, info[i].model ? info[i].model : "");
    e[1] = nd_num(ctx, info[i].speed);
    e[2] = nd_num(ctx, (double)info[i].cpu_times.user);
    e[3] = nd_num(ctx, (double)info[i].cpu_times.nice);
    e[4] = nd_num(ctx, (double)info[i].cpu_times.sys);
    e[5] = nd_num(ctx, (double)info[i].cpu_times.idle);
    e[6] = nd_num(ctx, (double)info[i].cpu_times.irq);
  }
  JSObjectRef arr = nd_array(ctx, (size_t)n * 7, v);
  free(v);
  uv_free_cpu_info(info, n);
  return arr;
}

/* Leading one bits of a mask, or -1 when a one follows a zero. */
static int mask_prefix(const unsigned char *b, size_t n) {
  int ones = 0;
  bool zero_seen = false;
  for (size_t i = 0; i < n; i++) {
    for (int bit = 7; bit >= 0; bit--) {
      if (b[i] & (1u << bit)) {
        if (zero_seen) return -1;
        ones++;
      } else {
        zero_seen = true;
      }
    }
  }
  return ones;
}

enum { IFACE_FIELDS = 8 };

/* interfaces() -> [name, address, netmask, family, mac, internal, scopeid,
 * prefix, ...]: scopeid -1 for IPv4, prefix -1 for a non-contiguous mask. */
static ND_FN(os_interfaces) {
  uv_interface_address_t *ifs;
  int n;
  int r = uv_interface_addresses(&ifs, &n);
  if (r < 0) return nd_num(ctx, r);
  JSValueRef *v = malloc(sizeof *v * (size_t)(n * IFACE_FIELDS + 1));
  if (!v) abort();
  for (int i = 0; i < n; i++) {
    uv_interface_address_t *a = &ifs[i];
    JSValueRef *e = v + i * IFACE_FIELDS;
    char addr[INET6_ADDRSTRLEN] = "";
    char mask[INET6_ADDRSTRLEN] = "";
    char mac[18];
    bool v6 = a->address.address4.sin_family == AF_INET6;
    int prefix;
    if (v6) {
      uv_ip6_name(&a->address.address6, addr, sizeof addr);
      uv_ip6_name(&a->netmask.netmask6, mask, sizeof mask);
      prefix = mask_prefix(a->netmask.netmask6.sin6_addr.s6_addr, 16);
    } else {
      uv_ip4_name(&a->address.address4, addr, sizeof addr);
      uv_ip4_name(&a->netmask.netmask4, mask, sizeof mask);
      prefix = mask_prefix((const unsigned char *)&a->netmask.netmask4.sin_addr.s_addr, 4);
    }
    const unsigned char *p = (const unsigned char *)a->phys_addr;
    snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1], p[2], p[3], p[4], p[5]);
    e[0] = nd_str(ctx, a->name);
    e[1] = nd_str(ctx, addr);
    e[2] = nd_str(ctx, mask);
    e[3] = nd_str(ctx, v6 ? "IPv6" : "IPv4");
    e[4] = nd_str(ctx, mac);
    e[5] = JSValueMakeBoolean(ctx, a->is_internal);
    e[6] = nd_num(ctx, v6 ? (double)a->address.address6.sin6_scope_id : -1);
    e[7] = nd_num(ctx, prefix);
  }
  JSObjectRef arr = nd_array(ctx, (size_t)n * IFACE_FIELDS, v);
  free(v);
  uv_free_interface_addresses(ifs, n);
  return arr;
}

/* getPriority(pid, out) -> 0 with out[0] set, or a negative code */
static ND_FN(os_get_priority) {
  int prio = 0;
  int r = uv_os_getpriority((uv_pid_t)nd_tonum(ctx, ND_ARG(0)), &prio);
  JSObjectRef out = nd_toobj(ctx, ND_ARG(1));
  if (r == 0 && out) JSObjectSetPropertyAtIndex(ctx, out, 0, nd_num(ctx, prio), exc);
  return nd_num(ctx, r);
}

/* setPriority(pid, priority) -> 0 or a negative code */
static ND_FN(os_set_priority) {
  int r = uv_os_setpriority((uv_pid_t)nd_tonum(ctx, ND_ARG(0)), (int)nd_tonum(ctx, ND_ARG(1)));
  return nd_num(ctx, r);
}

/* userInfo() -> [uid, gid, username, homedir, shell] (names as ArrayBuffers
 * of raw bytes, shell null when unset) or a negative code */
static ND_FN(os_user_info) {
  uv_passwd_t pw;
  int r = uv_os_get_passwd(&pw);
  if (r < 0) return nd_num(ctx, r);
  JSValueRef v[5] = {nd_num(ctx, (double)pw.uid), nd_num(ctx, (double)pw.gid),
                     bytes_value(ctx, pw.username, exc), bytes_value(ctx, pw.homedir, exc),
                     pw.shell ? bytes_value(ctx, pw.shell, exc) : JSValueMakeNull(ctx)};
  uv_os_free_passwd(&pw);
  return nd_array(ctx, 5, v);
}

/* The errno names Node lists in os.constants.errno on Linux, in its order. */
static const struct {
  const char *name;
  int num;
} errnos[] = {
    {"E2BIG", E2BIG}, {"EACCES", EACCES}, {"EADDRINUSE", EADDRINUSE},
    {"EADDRNOTAVAIL", EADDRNOTAVAIL}, {"EAFNOSUPPORT", EAFNOSUPPORT}, {"EAGAIN", EAGAIN},
    {"EALREADY", EALREADY}, {"EBADF", EBADF}, {"EBADMSG", EBADMSG}, {"EBUSY", EBUSY},
    {"ECANCELED", ECANCELED}, {"ECHILD", ECHILD}, {"ECONNABORTED", ECONNABORTED},
    {"ECONNREFUSED", ECONNREFUSED}, {"ECONNRESET", ECONNRESET}, {"EDEADLK", EDEADLK},
    {"EDESTADDRREQ", EDESTADDRREQ}, {"EDOM", EDOM}, {"EDQUOT", EDQUOT}, {"EEXIST", EEXIST},
    {"EFAULT", EFAULT}, {"EFBIG", EFBIG}, {"EHOSTUNREACH", EHOSTUNREACH}, {"EIDRM", EIDRM},
    {"EILSEQ", EILSEQ}, {"EINPROGRESS", EINPROGRESS}, {"EINTR", EINTR}, {"EINVAL", EINVAL},
    {"EIO", EIO}, {"EISCONN", EISCONN}, {"EISDIR", EISDIR}, {"ELOOP", ELOOP},
    {"EMFILE", EMFILE}, {"EMLINK", EMLINK}, {"EMSGSIZE", EMSGSIZE}, {"EMULTIHOP", EMULTIHOP},
    {"ENAMETOOLONG", ENAMETOOLONG}, {"ENETDOWN", ENETDOWN}, {"ENETRESET", ENETRESET},
    {"ENETUNREACH", ENETUNREACH}, {"ENFILE", ENFILE}, {"ENOBUFS", ENOBUFS},
    {"ENODATA", ENODATA}, {"ENODEV", ENODEV}, {"ENOENT", ENOENT}, {"ENOEXEC", ENOEXEC},
    {"ENOLCK", ENOLCK}, {"ENOLINK", ENOLINK}, {"ENOMEM", ENOMEM}, {"ENOMSG", ENOMSG},
    {"ENOPROTOOPT", ENOPROTOOPT}, {"ENOSPC", ENOSPC}, {"ENOSR", ENOSR}, {"ENOSTR", ENOSTR},
    {"ENOSYS", ENOSYS}, {"ENOTCONN", ENOTCONN}, {"ENOTDIR", ENOTDIR},
    {"ENOTEMPTY", ENOTEMPTY}, {"ENOTSOCK", ENOTSOCK}, {"ENOTSUP", ENOTSUP},
    {"ENOTTY", ENOTTY}, {"ENXIO", ENXIO}, {"EOPNOTSUPP", EOPNOTSUPP},
    {"EOVERFLOW", EOVERFLOW}, {"EPERM", EPERM}, {"EPIPE", EPIPE}, {"EPROTO", EPROTO},
    {"EPROTONOSUPPORT", EPROTONOSUPPORT}, {"EPROTOTYPE", EPROTOTYPE}, {"ERANGE", ERANGE},
    {"EROFS", EROFS}, {"ESPIPE", ESPIPE}, {"ESRCH", ESRCH}, {"ESTALE", ESTALE},
    {"ETIME", ETIME}, {"ETIMEDOUT", ETIMEDOUT}, {"ETXTBSY", ETXTBSY},
    {"EWOULDBLOCK", EWOULDBLOCK}, {"EXDEV", EXDEV},
};

static JSObjectRef errno_object(JSContextRef ctx) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  for (size_t i = 0; i < ND_COUNTOF(errnos); i++) nd_set(ctx, o, errnos[i].name, nd_num(ctx, errnos[i].num));
  return o;
}

static JSObjectRef priority_object(JSContextRef ctx) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  nd_set(ctx, o, "PRIORITY_LOW", nd_num(ctx, UV_PRIORITY_LOW));
  nd_set(ctx, o, "PRIORITY_BELOW_NORMAL", nd_num(ctx, UV_PRIORITY_BELOW_NORMAL));
  nd_set(ctx, o, "PRIORITY_NORMAL", nd_num(ctx, UV_PRIORITY_NORMAL));
  nd_set(ctx, o, "PRIORITY_ABOVE_NORMAL", nd_num(ctx, UV_PRIORITY_ABOVE_NORMAL));
  nd_set(ctx, o, "PRIORITY_HIGH", nd_num(ctx, UV_PRIORITY_HIGH));
  nd_set(ctx, o, "PRIORITY_HIGHEST", nd_num(ctx, UV_PRIORITY_HIGHEST));
  return o;
}

static JSObjectRef dlopen_object(JSContextRef ctx) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  nd_set(ctx, o, "RTLD_LAZY", nd_num(ctx, RTLD_LAZY));
  nd_set(ctx, o, "RTLD_NOW", nd_num(ctx, RTLD_NOW));
  nd_set(ctx, o, "RTLD_GLOBAL", nd_num(ctx, RTLD_GLOBAL));
  nd_set(ctx, o, "RTLD_LOCAL", nd_num(ctx, RTLD_LOCAL));
#ifdef RTLD_DEEPBIND
  nd_set(ctx, o, "RTLD_DEEPBIND", nd_num(ctx, RTLD_DEEPBIND));
#endif
  return o;
}

/* constants() -> { UV_UDP_REUSEADDR, dlopen, errno, signals, priority } */
static ND_FN(os_constants) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  nd_set(ctx, o, "UV_UDP_REUSEADDR", nd_num(ctx, UV_UDP_REUSEADDR));
  nd_set(ctx, o, "dlopen", dlopen_object(ctx));
  nd_set(ctx, o, "errno", errno_object(ctx));
  nd_set(ctx, o, "signals", nd_signals_object(ctx));
  nd_set(ctx, o, "priority", priority_object(ctx));
  return o;
}

void nd_os_init(nd_rt_t *rt, JSObjectRef target) {
  static const nd_fn_entry_t fns[] = {
      {"hostname", os_hostname},
      {"homedir", os_homedir},
      {"uname", os_uname},
      {"loadavg", os_loadavg},
      {"uptime", os_uptime},
      {"freemem", os_freemem},
      {"totalmem", os_totalmem},
      {"availableParallelism", os_available_parallelism},
      {"cpus", os_cpus},
      {"interfaces", os_interfaces},
      {"getPriority", os_get_priority},
      {"setPriority", os_set_priority},
      {"userInfo", os_user_info},
      {"constants", os_constants},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
}
