'use strict';
// util.parseArgs: tokens, option kinds, strict-mode errors, defaults, config validation.
const assert = require('assert');
const { parseArgs } = require('util');

const parsed = (config) => {
  const r = parseArgs(config);
  return { values: { ...r.values }, positionals: r.positionals, tokens: r.tokens };
};
const fails = (config, code, message) => assert.throws(() => parseArgs(config),
  message === undefined ? { name: 'TypeError', code } : { name: 'TypeError', code, message });

// result shape: values has a null prototype, no tokens unless asked
const r = parseArgs({ args: [] });
assert.strictEqual(Object.getPrototypeOf(r.values), null);
assert.deepStrictEqual(Object.keys(r), ['values', 'positionals']);

const opts = {
  file: { type: 'string', short: 'f' },
  verbose: { type: 'boolean', short: 'v' },
  tag: { type: 'string', multiple: true, short: 't' },
  flag: { type: 'boolean', multiple: true },
};
assert.deepStrictEqual(parsed({ args: ['-f', 'a', '--verbose', '-t', 'x', '--tag=y', '--flag', '--flag'],
  options: opts }).values, { file: 'a', verbose: true, tag: ['x', 'y'], flag: [true, true] });
// string option takes the next argument; inline forms; last value wins
assert.deepStrictEqual(parsed({ args: ['--file=1', '-f2', '--file', '3'], options: opts }).values, { file: '3' });
// short group, with a string option swallowing the rest of the group
assert.deepStrictEqual(parsed({ args: ['-vfout'], options: opts }).values, { verbose: true, file: 'out' });
// '--' ends options
assert.deepStrictEqual(parsed({ args: ['-v', '--', '-f', 'x'], options: opts, allowPositionals: true }),
  { values: { verbose: true }, positionals: ['-f', 'x'], tokens: undefined });
// lone '-' is a positional
assert.deepStrictEqual(parsed({ args: ['-'], allowPositionals: true }).positionals, ['-']);

// tokens
assert.deepStrictEqual(parseArgs({ args: ['-vf', 'a', 'pos', '--', '--x'], options: opts,
  allowPositionals: true, tokens: true }).tokens, [
  { kind: 'option', name: 'verbose', rawName: '-v', index: 0, value: undefined, inlineValue: undefined },
  { kind: 'option', name: 'file', rawName: '-f', index: 0, value: 'a', inlineValue: false },
  { kind: 'positional', index: 2, value: 'pos' },
  { kind: 'option-terminator', index: 3 },
  { kind: 'positional', index: 4, value: '--x' },
]);
assert.deepStrictEqual(parseArgs({ args: ['--file=x', '-fy'], options: opts, tokens: true }).tokens, [
  { kind: 'option', name: 'file', rawName: '--file', index: 0, value: 'x', inlineValue: true },
  { kind: 'option', name: 'file', rawName: '-f', index: 1, value: 'y', inlineValue: true },
]);

// non-strict: unknown options are stored as given, positionals allowed
assert.deepStrictEqual(parsed({ args: ['--foo=bar', '-xy', 'p', '--b'], strict: false }),
  { values: { foo: 'bar', x: true, y: true, b: true }, positionals: ['p'], tokens: undefined });
// non-strict keeps a value given to a boolean option
assert.deepStrictEqual(parsed({ args: ['--verbose=no'], options: opts, strict: false }).values, { verbose: 'no' });

// defaults fill only missing values
const dopts = {
  a: { type: 'string', default: 'A' },
  b: { type: 'boolean', default: true },
  c: { type: 'string', multiple: true, default: ['1', '2'] },
};
assert.deepStrictEqual(parsed({ args: ['-a'], options: { ...dopts, a: { ...dopts.a, short: 'a' } },
  strict: false }).values, { a: true, b: true, c: ['1', '2'] });
assert.deepStrictEqual(parsed({ args: ['--a', 'x', '--c', '3'], options: dopts }).values,
  { a: 'x', b: true, c: ['3'] });

// allowNegative
assert.deepStrictEqual(parsed({ args: ['--no-verbose'], options: opts, allowNegative: true }).values,
  { verbose: false });
fails({ args: ['--no-file'], options: opts, allowNegative: true }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  "Unknown option '--no-file'");
fails({ args: ['--no-verbose'], options: opts }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION');

// __proto__ is never stored
const p = parseArgs({ args: ['--__proto__=x'], strict: false }).values;
assert.strictEqual(Object.getPrototypeOf(p), null);
assert.strictEqual(Object.keys(p).length, 0);

// strict errors, with Node's messages
fails({ args: ['--nope'] }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '--nope'");
fails({ args: ['-n'], allowPositionals: true }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  "Unknown option '-n'. To specify a positional argument starting with a '-', place it at the end " +
  "of the command after '--', as in '-- \"-n\"");
fails({ args: ['x'] }, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  "Unexpected argument 'x'. This command does not take positional arguments");
fails({ args: ['--file'], options: opts }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  "Option '-f, --file <value>' argument missing");
fails({ args: ['--verbose=1'], options: opts }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  "Option '-v, --verbose' does not take an argument");
fails({ args: ['--flag=1'], options: opts }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  "Option '--flag' does not take an argument");
fails({ args: ['-f', '-v'], options: opts }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  "Option '-f' argument is ambiguous.\nDid you forget to specify the option argument for '-f'?\n" +
  "To specify an option argument starting with a dash use '--file=-XYZ' or '-f-XYZ'.");
fails({ args: ['--file', '-v'], options: opts }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  "Option '--file' argument is ambiguous.\nDid you forget to specify the option argument for '--file'?\n" +
  "To specify an option argument starting with a dash use '--file=-XYZ'.");
// inline values may start with a dash; a lone '-' is not option-like
assert.strictEqual(parseArgs({ args: ['--file=-v'], options: opts }).values.file, '-v');
assert.strictEqual(parseArgs({ args: ['-f', '-'], options: opts }).values.file, '-');

// config validation
fails({ args: 'x' }, 'ERR_INVALID_ARG_TYPE',
  'The "args" argument must be an instance of Array. Received type string (\'x\')');
fails({ args: [], strict: 1 }, 'ERR_INVALID_ARG_TYPE');
fails({ args: [], allowPositionals: 'y' }, 'ERR_INVALID_ARG_TYPE');
fails({ args: [], tokens: 'x' }, 'ERR_INVALID_ARG_TYPE');
fails({ args: [], allowNegative: 0 }, 'ERR_INVALID_ARG_TYPE');
fails({ args: [], options: [] }, 'ERR_INVALID_ARG_TYPE',
  'The "options" argument must be of type object. Received an instance of Array');
fails({ args: [], options: { f: null } }, 'ERR_INVALID_ARG_TYPE',
  'The "options.f" property must be of type object. Received null');
fails({ args: [], options: { f: {} } }, 'ERR_INVALID_ARG_TYPE',
  'The "options.f.type" property must be (\'string|boolean\'). Received undefined');
fails({ args: [], options: { f: { type: 'string', short: 1 } } }, 'ERR_INVALID_ARG_TYPE');
assert.throws(() => parseArgs({ args: [], options: { f: { type: 'string', short: 'ff' } } }),
  { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.f.short' must be a single character. Received 'ff'" });
fails({ args: [], options: { f: { type: 'string', multiple: 1 } } }, 'ERR_INVALID_ARG_TYPE');
fails({ args: [], options: { f: { type: 'string', default: true } } }, 'ERR_INVALID_ARG_TYPE',
  'The "options.f.default" property must be of type string. Received type boolean (true)');
fails({ args: [], options: { f: { type: 'boolean', multiple: true, default: [true, 'x'] } } },
  'ERR_INVALID_ARG_TYPE',
  'The "options.f.default[1]" property must be of type boolean. Received type string (\'x\')');
fails({ args: [], options: { f: { type: 'string', multiple: true, default: 'x' } } }, 'ERR_INVALID_ARG_TYPE',
  'The "options.f.default" property must be an instance of Array. Received type string (\'x\')');

// inherited config is ignored
Object.prototype.strict = false;
try {
  fails({ args: ['--x'] }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION');
} finally {
  delete Object.prototype.strict;
}

// without args: process.argv after the script
assert.deepStrictEqual(parseArgs({ strict: false }).positionals, process.argv.slice(2));
