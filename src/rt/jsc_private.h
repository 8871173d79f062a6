/* Engine functions exported by libjavascriptcoregtk but declared only in its
 * private headers (JSScriptRefPrivate.h, JSContextRefPrivate.h). */
#ifndef ND_RT_JSC_PRIVATE_H
#define ND_RT_JSC_PRIVATE_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stdint.h>

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

/* JSBasePrivate.h: the signal that suspends threads for the collector
 * (SIGUSR1 unless set before the engine starts). */
JS_EXPORT bool JSConfigureSignalForGC(int signal);

JS_EXPORT void JSGlobalContextSetUnhandledRejectionCallback(JSGlobalContextRef ctx,
                                                            JSObjectRef function,
                                                            JSValueRef *exception);

/* <jsc/jsc.h>'s version calls, declared without its GLib headers. */
JS_EXPORT unsigned jsc_get_major_version(void);
JS_EXPORT unsigned jsc_get_minor_version(void);
/* The engine is the release the C++ declarations here (and the layouts in
 * bcache.cpp) were written for: other releases are not guessed at. */
static inline bool nd_jsc_private_abi(void) {
  return jsc_get_major_version() == 2 && jsc_get_minor_version() == 50;
}

/* JSC::Options::initialize() and JSC::Options::setOptions("name=value ..."):
 * the engine's options set directly. The GLib API's jsc_options_set_*()
 * pass each value in a GValue, which loads GObject at every start. */
void nd_jsc_options_initialize(void) __asm__("_ZN3JSC7Options10initializeEv");
bool nd_jsc_options_set(const char *options) __asm__("_ZN3JSC7Options10setOptionsEPKc");

/* Engine C++ functions (WTF, JSC) the library exports, called by their
 * mangled names so that a string can be built in the engine's own buffer
 * (src/rt/jsstr.c). Ref<T> and RefPtr<T> are one pointer with a destructor:
 * the C++ ABI returns them through a hidden pointer, as the C ABI of x86-64
 * and AArch64 returns a struct of more than 16 bytes, hence nd_cxx_ref_t. */
#if defined(__x86_64__) || defined(__aarch64__)
#define ND_JSC_STRING_IMPL 1
typedef struct {
  void *ptr;
  void *unused[2];
} nd_cxx_ref_t;
/* std::span<T> */
typedef struct {
  void *data;
  size_t size;
} nd_cxx_span_t;
/* WTF::StringImpl::createUninitialized(size_t, std::span<LChar>&): a string
 * of `length` Latin-1 units whose characters follow its header. */
nd_cxx_ref_t nd_wtf_string_create8(size_t length, nd_cxx_span_t *chars) __asm__(
    "_ZN3WTF10StringImpl19createUninitializedEmRSt4spanIhLm18446744073709551615EE");
/* The same with UTF-16 units. */
nd_cxx_ref_t nd_wtf_string_create16(size_t length, nd_cxx_span_t *chars) __asm__(
    "_ZN3WTF10StringImpl19createUninitializedEmRSt4spanIDsLm18446744073709551615EE");
/* OpaqueJSString::tryCreate(WTF::String&&): a JSStringRef that takes over
 * the StringImpl reference in *string (left NULL). */
nd_cxx_ref_t nd_jsc_string_adopt(void **string) __asm__(
    "_ZN14OpaqueJSString9tryCreateEON3WTF6StringE");
/* JSLockRefPrivate.h: the API lock, which C callbacks run without (every
 * public function takes it); engine internals need it held. */
JS_EXPORT void JSLock(JSContextRef ctx);
JS_EXPORT void JSUnlock(JSContextRef ctx);
/* WTF::AtomStringImpl::add(std::span<const LChar>): the atom of the
 * Latin-1 units, as a reference (a JSC::Identifier is one such pointer). */
nd_cxx_ref_t nd_wtf_atom_add8(nd_cxx_span_t chars) __asm__(
    "_ZN3WTF14AtomStringImpl3addESt4spanIKhLm18446744073709551615EE");
/* JSC::constructFunctionSkippingEvalEnabledCheck(JSGlobalObject*, String&&
 * program, LexicallyScopedFeatures, const Identifier& name, const
 * SourceOrigin&, const String& url, SourceTaintedOrigin, const
 * TextPosition&, int overrideLineNumber, std::optional<int>
 * parametersEnd, FunctionConstructionMode, JSValue newTarget): what
 * `new Function` compiles with, the program being one function
 * declaration. The pointer arguments point at one-pointer slots (String,
 * Identifier) or at the structures; std::optional<int> and JSValue are
 * one register each (0: none). NULL with the exception pending in the VM.
 * Under JSLock. */
void *nd_jsc_construct_function(void *global, void **program, unsigned char features, void **name,
                                const void *origin, void **url, unsigned char tainted,
                                const int position[2], int override_line, uint64_t params_end,
                                unsigned char mode, uint64_t new_target) __asm__(
    "_ZN3JSC41constructFunctionSkippingEvalEnabledCheckEPNS_14JSGlobalObjectEON3WTF6StringEhRKNS_"
    "10IdentifierERKNS_12SourceOriginERKS3_NS_19SourceTaintedOriginERKNS2_12TextPositionEiSt8optio"
    "nalIiENS_24FunctionConstructionModeENS_7JSValueE");
/* JSC::jsStringWithCacheSlowCase(VM&, StringImpl&): a JS string over the
 * StringImpl itself (it takes a reference); also remembered as the VM's
 * last cached string. Under JSLock. */
void *nd_jsc_string_with_impl(void *vm, void *impl) __asm__(
    "_ZN3JSC25jsStringWithCacheSlowCaseERNS_2VMERN3WTF10StringImplE");
#endif

#ifdef __cplusplus
}
#endif

#endif
