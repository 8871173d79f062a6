/* The signal table shared by process.kill, os.constants and child_process. */
#include <signal.h>
#include <stddef.h>

#include "rt/rt.h"
#include "rt/signals.h"
#include "rt/value.h"

static const struct {
  const char *name;
  int num;
} signals[] = {
    {"SIGHUP", SIGHUP},       {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT},
    {"SIGILL", SIGILL},       {"SIGTRAP", SIGTRAP},     {"SIGABRT", SIGABRT},
    {"SIGIOT", SIGIOT},       {"SIGBUS", SIGBUS},       {"SIGFPE", SIGFPE},
    {"SIGKILL", SIGKILL},     {"SIGUSR1", SIGUSR1},     {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2},     {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM},
    {"SIGTERM", SIGTERM},     {"SIGCHLD", SIGCHLD},     {"SIGSTKFLT", SIGSTKFLT},
    {"SIGCONT", SIGCONT},     {"SIGSTOP", SIGSTOP},     {"SIGTSTP", SIGTSTP},
    {"SIGTTIN", SIGTTIN},     {"SIGTTOU", SIGTTOU},     {"SIGURG", SIGURG},
    {"SIGXCPU", SIGXCPU},     {"SIGXFSZ", SIGXFSZ},     {"SIGVTALRM", SIGVTALRM},
    {"SIGPROF", SIGPROF},     {"SIGWINCH", SIGWINCH},   {"SIGIO", SIGIO},
    {"SIGPOLL", SIGPOLL},     {"SIGPWR", SIGPWR},       {"SIGSYS", SIGSYS},
};

const char *nd_signal_name(int num) {
  /* SIGIOT and SIGPOLL share numbers with SIGABRT and SIGIO: the first wins */
  for (size_t i = 0; i < ND_COUNTOF(signals); i++)
    if (signals[i].num == num) return signals[i].name;
  return "";
}

JSObjectRef nd_signals_object(JSContextRef ctx) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  for (size_t i = 0; i < ND_COUNTOF(signals); i++)
    nd_set(ctx, o, signals[i].name, nd_num(ctx, signals[i].num));
  return o;
}
