/* Compiling source as a function body with its own line numbers. */
#ifndef ND_RT_COMPILE_H
#define ND_RT_COMPILE_H

#include <JavaScriptCore/JavaScript.h>
#include <stddef.h>

#include "rt/wrapper.h"

/* function anonymous(params...) { body } (named as the engine names
 * JSObjectMakeFunction bodies, which the stack code recognises) with body's first line as line 1 of url.
 * NULL with *exc set on a syntax error. */
JSObjectRef nd_compile_function(JSContextRef ctx, JSStringRef body, JSStringRef url,
                                JSStringRef const *params, size_t nparams, JSValueRef *exc);

/* The same with a caller-made header (ASCII, under ND_WRAPPER_COLUMNS):
 * "(async function anonymous($nd) {...". */
JSObjectRef nd_compile_wrapped(JSContextRef ctx, const char *header, JSStringRef body,
                               JSStringRef url, JSValueRef *exc);

#endif
