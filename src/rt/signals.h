/* Linux signal names and numbers, in Node's os.constants.signals order. */
#ifndef ND_RT_SIGNALS_H
#define ND_RT_SIGNALS_H

#include <JavaScriptCore/JavaScript.h>

/* "SIGTERM" for 15; "" for a number with no name. */
const char *nd_signal_name(int num);
/* A new object { SIGHUP: 1, ... } (os.constants.signals). */
JSObjectRef nd_signals_object(JSContextRef ctx);

#endif
