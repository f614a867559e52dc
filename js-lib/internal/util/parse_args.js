'use strict';
// util.parseArgs(): command-line arguments read against a table of options, after the
// POSIX utility conventions Node follows (`-abc` groups, `-fVALUE`, `--name=value`, `--`).

const { validateBoolean, validateObject, validateString } = require('internal/validators');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');

const { hasOwn } = Object;

/** Only an object's own properties configure the parser, never inherited ones. */
function getOwn(object, key) {
  return hasOwn(object, key) ? object[key] : undefined;
}

/** A property of the configuration of option `name`, if that option is declared. */
function optionProperty(options, name, key) {
  return hasOwn(options, name) ? getOwn(options[name], key) : undefined;
}

/** The arguments after node's own: after the executable under `-e`/`-p`, else after the script too. */
function mainArgs() {
  const evaluating = ['-e', '--eval', '-p', '--print'].some((flag) => process.execArgv.includes(flag));
  return process.argv.slice(evaluating ? 1 : 2);
}

function validateArray(value, name) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
}

function validateArrayOf(value, name, validate) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validate(value[i], `${name}[${i}]`);
}

function validateOptions(options) {
  validateObject(options, 'options');
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = getOwn(config, 'type');
    if (type !== 'string' && type !== 'boolean') throw new ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string|boolean')", type);
    if (hasOwn(config, 'short')) {
      const { short } = config;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
    }
    if (hasOwn(config, 'multiple')) validateBoolean(config.multiple, `options.${name}.multiple`);
    const defaultValue = getOwn(config, 'default');
    if (defaultValue !== undefined) {
      const validate = type === 'string' ? validateString : validateBoolean;
      if (getOwn(config, 'multiple')) validateArrayOf(defaultValue, `options.${name}.default`, validate);
      else validate(defaultValue, `options.${name}.default`);
    }
  }
}

/** The option a short flag stands for: the first declaring it, or the flag's own letter. */
function longNameOf(short, options) {
  for (const [name, config] of Object.entries(options)) {
    if (getOwn(config, 'short') === short) return name;
  }
  return short;
}

function isStringOption(options, name) {
  return optionProperty(options, name, 'type') === 'string';
}

/** `-x` and `-xyz` (not `--x`): a dash then something else than a dash. */
function isShortForm(arg) {
  return arg.length >= 2 && arg[0] === '-' && arg[1] !== '-';
}

function isLongForm(arg) {
  return arg.length > 2 && arg[0] === '-' && arg[1] === '-';
}

/**
 * Splits `args` into tokens: options (with the value they carry inline or take from the
 * next argument), positionals and the `--` that ends the options. `index` is the
 * argument a token came from; the letters of a `-abc` group share theirs.
 */
function tokenize(args, options) {
  const tokens = [];
  const pending = args.slice();
  let index = -1;
  // How many of the pending arguments are letters of a group already counted.
  let groupLeft = 0;

  // An option written alone: a string option takes the next argument, whatever it looks like.
  const pushLoneOption = (name, rawName) => {
    const takesNext = isStringOption(options, name) && pending[0] != null;
    const value = takesNext ? pending.shift() : undefined;
    tokens.push({ kind: 'option', name, rawName, index, value, inlineValue: takesNext ? false : undefined });
    if (takesNext) index++;
  };

  while (pending.length > 0) {
    const arg = pending.shift();
    if (groupLeft > 0) groupLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of pending) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }

    if (isShortForm(arg) && arg.length === 2) {
      pushLoneOption(longNameOf(arg[1], options), arg);
      continue;
    }

    if (isShortForm(arg)) {
      const name = longNameOf(arg[1], options);
      if (isStringOption(options, name)) {
        tokens.push({ kind: 'option', name, rawName: arg.slice(0, 2), index, value: arg.slice(2), inlineValue: true });
        continue;
      }
      // `-abc` is `-a -b -c`, and a string option's letter takes the rest as its value: `-abfFILE`.
      const letters = [];
      for (let i = 1; i < arg.length; i++) {
        if (i < arg.length - 1 && isStringOption(options, longNameOf(arg[i], options))) {
          letters.push(`-${arg.slice(i)}`);
          break;
        }
        letters.push(`-${arg[i]}`);
      }
      pending.unshift(...letters);
      groupLeft = letters.length;
      continue;
    }

    if (isLongForm(arg)) {
      // An `=` right after the dashes does not count (`--=x` is an option named `=x`)
      // unless another follows; then the name ends at the first one.
      if (arg.includes('=', 3)) {
        const equals = arg.indexOf('=');
        const name = arg.slice(2, equals);
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(equals + 1), inlineValue: true });
      } else {
        pushLoneOption(arg.slice(2), arg);
      }
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

/** Strict mode's checks of an option token against its declaration. */
function checkOption(token, options, allowPositionals, allowNegative) {
  let { name } = token;
  if (!hasOwn(options, name)) {
    // `--no-flag` is allowed for a declared boolean `flag`.
    const negated = name.slice(3);
    if (!allowNegative || !name.startsWith('no-') || optionProperty(options, negated, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
    }
    name = negated;
  }
  const short = optionProperty(options, name, 'short');
  const spelled = short ? `-${short}, --${name}` : `--${name}`;
  const type = optionProperty(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${spelled} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${spelled}' does not take an argument`);
  }
  // A value taken from the next argument that looks like an option was most likely not meant as one.
  if (!token.inlineValue && typeof token.value === 'string' && token.value.length > 1 && token.value[0] === '-') {
    const { rawName } = token;
    const alternatives = rawName.startsWith('--') ? `'--${token.name}=-XYZ'` : `'--${token.name}=-XYZ' or '${rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${rawName}' argument is ambiguous.\n` +
        `Did you forget to specify the option argument for '${rawName}'?\n` +
        `To specify an option argument starting with a dash use ${alternatives}.`,
    );
  }
}

function storeOption(token, options, values, allowNegative) {
  let { name, value } = token;
  if (name === '__proto__') return;
  if (allowNegative && value === undefined && name.startsWith('no-')) {
    name = token.name = name.slice(3);
    value = false;
  }
  value ??= true;
  if (optionProperty(options, name, 'multiple')) {
    values[name] ??= [];
    values[name].push(value);
  } else {
    values[name] = value;
  }
}

function parseArgs(config = {}) {
  const args = getOwn(config, 'args') ?? mainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? {};
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateOptions(options);

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkOption(token, options, allowPositionals, allowNegative);
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, optionConfig] of Object.entries(options)) {
    const defaultValue = getOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined) result.values[name] = defaultValue;
  }
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
