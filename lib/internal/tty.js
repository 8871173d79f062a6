'use strict';
// How many colours a terminal takes, read from the environment as Node does
// (FORCE_COLOR, NO_COLOR / NODE_DISABLE_COLORS, TERM, COLORTERM, CI and
// terminal-program hints). Depths are bits: 1 (2 colours), 4 (16), 8 (256),
// 24 (16 million).

const { validateInteger } = require('internal/validators');

const DEPTH_2 = 1;
const DEPTH_16 = 4;
const DEPTH_256 = 8;
const DEPTH_16M = 24;

// TERM values known by name (lower case); others are matched by pattern.
const termDepths = {
  __proto__: null,
  eterm: DEPTH_16, cons25: DEPTH_16, console: DEPTH_16, cygwin: DEPTH_16, dtterm: DEPTH_16,
  gnome: DEPTH_16, hurd: DEPTH_16, jfbterm: DEPTH_16, konsole: DEPTH_16, kterm: DEPTH_16,
  mlterm: DEPTH_16, mosh: DEPTH_16M, putty: DEPTH_16, st: DEPTH_16,
  'rxvt-unicode-24bit': DEPTH_16M, terminator: DEPTH_16M, 'xterm-kitty': DEPTH_16M,
};
const term16Patterns = [/ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/,
  /^vt100/, /^vt220/];
// CI services known to render colours, first match wins
const ciDepths = [['APPVEYOR', DEPTH_256], ['BUILDKITE', DEPTH_256], ['CIRCLECI', DEPTH_16M], ['DRONE', DEPTH_256],
  ['GITEA_ACTIONS', DEPTH_16M], ['GITHUB_ACTIONS', DEPTH_16M], ['GITLAB_CI', DEPTH_256], ['TRAVIS', DEPTH_256]];
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
// An empty NO_COLOR / NODE_DISABLE_COLORS counts as unset.
const isSet = (v) => v !== undefined && v !== '';

// FORCE_COLOR overrides NO_COLOR / NODE_DISABLE_COLORS: said once per process.
let warnedOverride = false;
function warnOverride(env) {
  if (warnedOverride) return;
  const names = [];
  if (isSet(env.NODE_DISABLE_COLORS)) names.push('NODE_DISABLE_COLORS');
  if (isSet(env.NO_COLOR)) names.push('NO_COLOR');
  if (names.length === 0) return;
  warnedOverride = true;
  process.emitWarning(`The '${names.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`,
    'Warning');
}

function getColorDepth(env = process.env) {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    let depth = DEPTH_2;
    if (force === '' || force === '1' || force === 'true') depth = DEPTH_16;
    else if (force === '2') depth = DEPTH_256;
    else if (force === '3') depth = DEPTH_16M;
    if (depth !== DEPTH_2) warnOverride(env);
    return depth;
  }
  if (isSet(env.NODE_DISABLE_COLORS) || isSet(env.NO_COLOR) || env.TERM === 'dumb') {
    return DEPTH_2;
  }
  if (env.TMUX) return DEPTH_16M;
  if (hasOwn(env, 'TF_BUILD') && hasOwn(env, 'AGENT_NAME')) return DEPTH_16; // Azure DevOps
  if (hasOwn(env, 'CI')) {
    for (const [name, depth] of ciDepths) if (hasOwn(env, name)) return depth;
    return env.CI_NAME === 'codeship' ? DEPTH_256 : DEPTH_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? DEPTH_16 : DEPTH_2;
  }
  const program = env.TERM_PROGRAM;
  if (program === 'iTerm.app') {
    return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? DEPTH_256 : DEPTH_16M;
  }
  if (program === 'HyperTerm' || program === 'MacTerm') return DEPTH_16M;
  if (program === 'Apple_Terminal') return DEPTH_256;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return DEPTH_16M;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return DEPTH_16M;
    if (/^xterm-256/.test(env.TERM)) return DEPTH_256;
    const term = env.TERM.toLowerCase();
    if (termDepths[term]) return termDepths[term];
    if (term16Patterns.some((re) => re.test(term))) return DEPTH_16;
  }
  if (env.COLORTERM) return DEPTH_16;
  return DEPTH_2;
}

// hasColors([count = 16][, env])
function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
