'use strict';
// util.parseArgs: command-line arguments into option values and
// positionals. Two passes, as Node documents: the arguments become tokens
// (options with their values, positionals, the '--' terminator), then the
// tokens are checked (strict mode) and stored, and defaults fill the gaps.

const {
  validateArray, validateBoolean, validateObject, validateString,
} = require('internal/validators');

let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
// Only own properties count: a polluted Object.prototype must not configure anything.
const ownValue = (obj, key) => (hasOwn(obj, key) ? obj[key] : undefined);
const optionField = (options, name, field) =>
  (hasOwn(options, name) ? ownValue(options[name], field) : undefined);

function mainArgs() {
  // with -e/-p there is no script name after the executable
  const ev = process.execArgv;
  if (ev.includes('-e') || ev.includes('--eval') || ev.includes('-p') || ev.includes('--print') ||
      ev.some((a) => a.startsWith('--eval=') || a.startsWith('--print='))) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

function validateArrayOf(value, name, type) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== type) throw new (codes().ERR_INVALID_ARG_TYPE)(`${name}[${i}]`, type, value[i]);
  }
}

function validateConfig(options) {
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = ownValue(config, 'type');
    if (type !== 'string' && type !== 'boolean')
      throw new (codes().ERR_INVALID_ARG_TYPE)(`options.${name}.type`, "('string|boolean')", type);
    if (hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1)
        throw new (codes().ERR_INVALID_ARG_VALUE)(`options.${name}.short`, short, 'must be a single character');
    }
    const multiple = ownValue(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const def = ownValue(config, 'default');
    if (def !== undefined) {
      const where = `options.${name}.default`;
      if (multiple) validateArrayOf(def, where, type);
      else if (type === 'string') validateString(def, where);
      else validateBoolean(def, where);
    }
  }
}

function longNameFor(short, options) {
  for (const [name, config] of Object.entries(options)) {
    if (ownValue(config, 'short') === short) return name;
  }
  return short;
}

const isStringOption = (options, name) => optionField(options, name, 'type') === 'string';

// -abc with a first letter that is not a string option: several short options
function isShortGroup(arg, options) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-' &&
    !isStringOption(options, longNameFor(arg[1], options));
}

function toTokens(args, options) {
  const tokens = [];
  const rest = args.slice();
  let index = -1;
  let inGroup = 0; // tokens still to come from an expanded short group share its index
  while (rest.length > 0) {
    const arg = rest.shift();
    if (inGroup > 0) inGroup--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of rest) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    const isShort = arg.length >= 2 && arg[0] === '-' && arg[1] !== '-';
    if (isShort && arg.length === 2) {
      const name = longNameFor(arg[1], options);
      let value;
      let inlineValue;
      // a string option takes the next argument, whatever it looks like
      if (isStringOption(options, name) && rest.length > 0 && rest[0] != null) {
        value = rest.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isShortGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i];
        if (i < arg.length - 1 && isStringOption(options, longNameFor(short, options))) {
          expanded.push(`-${arg.slice(i)}`); // -abfFILE: the rest is f's value
          break;
        }
        expanded.push(`-${short}`);
      }
      rest.unshift(...expanded);
      inGroup = expanded.length;
      continue;
    }
    if (isShort) { // -fVALUE for a string option f
      const name = longNameFor(arg[1], options);
      tokens.push({
        kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true,
      });
      continue;
    }
    if (arg.length > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3);
      if (eq === -1) {
        const name = arg.slice(2);
        let value;
        let inlineValue;
        if (isStringOption(options, name) && rest.length > 0 && rest[0] != null) {
          value = rest.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value != null) index++;
      } else {
        const name = arg.slice(2, eq);
        tokens.push({
          kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true,
        });
      }
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOption(token, options, allowPositionals, allowNegative) {
  const { ERR_PARSE_ARGS_UNKNOWN_OPTION, ERR_PARSE_ARGS_INVALID_OPTION_VALUE } = codes();
  let name = token.name;
  if (!hasOwn(options, name)) {
    const negated = allowNegative && name.startsWith('no-') ? name.slice(3) : undefined;
    if (negated === undefined || !hasOwn(options, negated) || optionField(options, negated, 'type') !== 'boolean')
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
    name = negated;
  }
  const short = optionField(options, name, 'short');
  const both = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionField(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string')
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${both} <value>' argument missing`);
  if (type === 'boolean' && token.value != null)
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${both}' does not take an argument`);
  // "--file --verbose" is more likely a forgotten value than a file named "--verbose"
  const v = token.value;
  if (!token.inlineValue && v != null && v.length > 1 && v[0] === '-') {
    const raw = token.rawName;
    const example = raw.startsWith('--') ? `'${raw}=-XYZ'` : `'--${token.name}=-XYZ' or '${raw}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${raw}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${raw}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function storeOption(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  if (name === '__proto__') return;
  if (allowNegative && value === undefined && name.startsWith('no-')) {
    name = name.slice(3);
    token.name = name;
    value = false;
  }
  // the value is kept as given (not coerced to the declared type)
  if (value === undefined) value = true;
  if (optionField(options, name, 'multiple')) {
    if (values[name]) values[name].push(value);
    else values[name] = [value];
  } else {
    values[name] = value;
  }
}

function parseArgs(config = {}) {
  const args = ownValue(config, 'args') ?? mainArgs();
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownValue(config, 'tokens') ?? false;
  const allowNegative = ownValue(config, 'allowNegative') ?? false;
  const options = ownValue(config, 'options') ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateConfig(options);

  const tokens = toTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkOption(token, options, allowPositionals, allowNegative);
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new (codes().ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL)(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, optionConfig] of Object.entries(options)) {
    const def = ownValue(optionConfig, 'default');
    if (def !== undefined && result.values[name] === undefined && name !== '__proto__') result.values[name] = def;
  }
  return result;
}

module.exports = { parseArgs };
