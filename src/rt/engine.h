/* Engine options that change what the engine compiles: set identically by
 * nodus and by the build's bytecode-cache generator (tools/bcache_gen.c),
 * so cached bytecode is what a start would have compiled itself. */
#ifndef ND_RT_ENGINE_H
#define ND_RT_ENGINE_H

void nd_engine_language_options(void);

/* Sets engine options, "name=value" separated by spaces; the first call
 * also reads the JSC_* environment variables. 0, or -1 when one is unknown
 * or its value bad (the engine says which on stderr). */
int nd_engine_set_options(const char *options);

#endif
