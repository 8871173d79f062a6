/* Engine functions exported by libjavascriptcoregtk but declared only in its
 * private headers (JSScriptRefPrivate.h, JSContextRefPrivate.h). */
#ifndef ND_RT_JSC_PRIVATE_H
#define ND_RT_JSC_PRIVATE_H

#include <JavaScriptCore/JavaScript.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A script over ASCII text the engine uses in place, without copying or
 * converting it: the text must outlive every function compiled from it. */
typedef struct OpaqueJSScript *JSScriptRef;
JS_EXPORT JSScriptRef JSScriptCreateReferencingImmortalASCIIText(
    JSContextGroupRef group, JSStringRef url, int startingLineNumber, const char *source,
    size_t length, JSStringRef *errorMessage, int *errorLine);
JS_EXPORT JSValueRef JSScriptEvaluate(JSContextRef ctx, JSScriptRef script, JSValueRef thisValue,
                                      JSValueRef *exception);
JS_EXPORT void JSScriptRelease(JSScriptRef script);

JS_EXPORT void JSGlobalContextSetUnhandledRejectionCallback(JSGlobalContextRef ctx,
                                                            JSObjectRef function,
                                                            JSValueRef *exception);

#ifdef __cplusplus
}
#endif

#endif
