/* The function header wrapped code shares line 1 with (see rt/compile.c).
 * Plain macros, so tools/js2c.c can pre-wrap the embedded lib/ sources. */
#ifndef ND_RT_WRAPPER_H
#define ND_RT_WRAPPER_H

/* The header is padded with spaces to this many columns: stack columns on
 * line 1 are off by exactly this much. */
#define ND_WRAPPER_COLUMNS 96
#define ND_WRAPPER_OPEN "(function anonymous("
#define ND_WRAPPER_FOOTER "\n})"
/* The same as a declaration, for the engine's `new Function` compile
 * (rt/compile.c). */
#define ND_WRAPPER_DECL_OPEN "function anonymous("
#define ND_WRAPPER_DECL_FOOTER "\n}"
#define ND_BUILTIN_PARAMS "exports, require, module, process, internalBinding"

#endif
