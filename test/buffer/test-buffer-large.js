'use strict';
// Buffer identity (prototype chain, species, iteration) and strings beyond the pool size.
// Each case evaluates an expression and compares a printable form of its
// result (or of the error it throws) with what Node gives.
const { check, done } = require('./cases');

check("Object.keys(Buffer.from('ab'))", "[\"0\", \"1\"]");
check("Object.keys(require('buffer')).join()", "\"Buffer,transcode,isUtf8,isAscii,isLatin1,kMaxLength,kStringMaxLength,btoa,atob,constants,INSPECT_MAX_BYTES,Blob,resolveObjectURL,File\"");
check("Object.getOwnPropertyNames(Buffer).join()", "\"length,name,prototype,poolSize,from,copyBytesFrom,of,alloc,allocUnsafe,allocUnsafeSlow,isBuffer,compare,isEncoding,concat,byteLength,stringLength\"");
check("Buffer.prototype.constructor === Buffer", "true");
check("Buffer.from('ab') instanceof Buffer", "true");
check("Buffer.from('ab') instanceof Uint8Array", "true");
check("Buffer[Symbol.species].name", "\"FastBuffer\"");
check("Buffer.from('abc').map((x) => x).constructor.name", "\"Buffer\"");
check("[...Buffer.from('ab').entries()]", "[[0, 97], [1, 98]]");
check("[...Buffer.from('ab')]", "[97, 98]");
check("Buffer.from('abcdef').reverse()", "Buffer[66 65 64 63 62 61]");
check("Buffer.from(Buffer.from('abc'))", "Buffer[61 62 63]");
check("Buffer.from(Buffer.from('abc').buffer).length > 0", "true");
check("Buffer.from('x'.repeat(40000)).length", "40000");
check("Buffer.from('é'.repeat(20000)).toString() === 'é'.repeat(20000)", "true");
check("Buffer.from('é'.repeat(20000), 'latin1').toString('latin1') === 'é'.repeat(20000)", "true");
check("Buffer.from('ab'.repeat(30000), 'hex').length", "30000");
check("Buffer.from('YWJj'.repeat(30000), 'base64').length", "90000");
check("Buffer.from('YW Jj'.repeat(30000), 'base64').length", "90000");
check("Buffer.from('YW-_'.repeat(30000), 'base64').length", "90000");
check("Buffer.from('YW-_'.repeat(30000), 'base64url').toString('base64url').length", "120000");
check("Buffer.from('abcg'.repeat(30000), 'hex').length", "1");
check("Buffer.alloc(100000, 'abc').toString('latin1', 99990)", "\"abcabcabca\"");
check("Buffer.from('😀'.repeat(30000)).toString().length", "60000");
check("Buffer.from('😀'.repeat(30000), 'ucs2').toString('ucs2').length", "60000");
done();
