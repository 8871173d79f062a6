/* Compiling source as a function body with its own line numbers. */
#ifndef ND_RT_COMPILE_H
#define ND_RT_COMPILE_H

#include <JavaScriptCore/JavaScript.h>
#include <stddef.h>

/* Every wrapped body starts on line 1 after a header padded to this many
 * columns, so stack columns on line 1 are off by exactly this much. */
#define ND_WRAPPER_COLUMNS 96

/* function anonymous(params...) { body } (named as the engine names
 * JSObjectMakeFunction bodies, which the stack code recognises) with body's first line as line 1 of url.
 * NULL with *exc set on a syntax error. */
JSObjectRef nd_compile_function(JSContextRef ctx, JSStringRef body, JSStringRef url,
                                JSStringRef const *params, size_t nparams, JSValueRef *exc);

#endif
