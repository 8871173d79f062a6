/* vm contexts: separate globals that forward to a sandbox object. */
#ifndef ND_BIND_VM_CONTEXT_H
#define ND_BIND_VM_CONTEXT_H

#include <JavaScriptCore/JavaScript.h>

/* Adds makeContext / runInContext / compileFunctionIn to the contextify binding. */
void nd_vm_context_init(JSContextRef ctx, JSObjectRef target);

#endif
