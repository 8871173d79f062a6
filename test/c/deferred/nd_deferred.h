/* test/c/test-deferred.c's list: zlib functions loaded on first call */
#ifndef ND_DEFERRED_COUNT
#define ND_DEFERRED_COUNT 8
#endif
ND_DEFERRED_LIB(0, "libz.so.1")
ND_DEFERRED_SYM(0, 0, zlibVersion, NULL)
ND_DEFERRED_SYM(1, 0, crc32, NULL)
ND_DEFERRED_SYM(2, 0, crc32_z, "ZLIB_1.2.9")
ND_DEFERRED_SYM(3, 0, gzopen, NULL)
ND_DEFERRED_SYM(4, 0, gzprintf, NULL)
ND_DEFERRED_SYM(5, 0, gzclose, NULL)
ND_DEFERRED_SYM(6, 0, deflateInit2_, NULL)
ND_DEFERRED_SYM(7, 0, deflateEnd, NULL)
