/* Engine options that change what the engine compiles: set identically by
 * nodus and by the build's bytecode-cache generator (tools/bcache_gen.c),
 * so cached bytecode is what a start would have compiled itself. */
#ifndef ND_RT_ENGINE_H
#define ND_RT_ENGINE_H

void nd_engine_language_options(void);

#endif
