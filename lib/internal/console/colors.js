'use strict';
// When console and assert use colors: Node's rules. FORCE_COLOR decides
// alone when set; otherwise the stream must be a TTY whose color depth (its
// own getColorDepth(), or the environment's) is above 2 bits.
// getColorDepth(env) is tty.WriteStream#getColorDepth's environment logic,
// here until a tty module provides it.

const kDepth2 = 1;
const kDepth16 = 4;
const kDepth256 = 8;
const kDepth16m = 24;

const kTermDepths = {
  __proto__: null,
  eterm: kDepth16, cons25: kDepth16, console: kDepth16, cygwin: kDepth16, dtterm: kDepth16,
  gnome: kDepth16, hurd: kDepth16, jfbterm: kDepth16, konsole: kDepth16, kterm: kDepth16,
  mlterm: kDepth16, mosh: kDepth16m, putty: kDepth16, st: kDepth16,
  'rxvt-unicode-24bit': kDepth16m, terminator: kDepth16m, 'xterm-kitty': kDepth16m,
};
const kCiDepths = [['APPVEYOR', kDepth256], ['BUILDKITE', kDepth256], ['CIRCLECI', kDepth16m],
  ['DRONE', kDepth256], ['GITEA_ACTIONS', kDepth16m], ['GITHUB_ACTIONS', kDepth16m],
  ['GITLAB_CI', kDepth256], ['TRAVIS', kDepth256]];
const kTermPatterns = [/ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/,
  /^screen/, /^xterm/, /^vt100/, /^vt220/];

const isSet = (v) => v !== undefined && v !== '';
const has = (env, k) => Object.prototype.hasOwnProperty.call(env, k);

let warnedIgnored = false;
function warnIgnored(env) {
  if (warnedIgnored) return;
  const names = [];
  if (isSet(env.NODE_DISABLE_COLORS)) names.push('NODE_DISABLE_COLORS');
  if (isSet(env.NO_COLOR)) names.push('NO_COLOR');
  if (names.length === 0) return;
  warnedIgnored = true;
  process.emitWarning(`The '${names.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`,
    'Warning');
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true': warnIgnored(env); return kDepth16;
      case '2': warnIgnored(env); return kDepth256;
      case '3': warnIgnored(env); return kDepth16m;
      default: return kDepth2;
    }
  }
  if (isSet(env.NODE_DISABLE_COLORS) || isSet(env.NO_COLOR) || env.TERM === 'dumb') return kDepth2;
  if (env.TMUX) return kDepth16m;
  if (has(env, 'TF_BUILD') && has(env, 'AGENT_NAME')) return kDepth16;
  if (has(env, 'CI')) {
    for (const [name, depth] of kCiDepths) if (has(env, name)) return depth;
    return env.CI_NAME === 'codeship' ? kDepth256 : kDepth2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? kDepth16 : kDepth2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? kDepth256 : kDepth16m;
    case 'HyperTerm': case 'MacTerm': return kDepth16m;
    case 'Apple_Terminal': return kDepth256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return kDepth16m;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return kDepth16m;
    if (/^xterm-256/.test(env.TERM)) return kDepth256;
    const term = env.TERM.toLowerCase();
    if (kTermDepths[term]) return kTermDepths[term];
    if (kTermPatterns.some((re) => re.test(term))) return kDepth16;
  }
  if (env.COLORTERM) return kDepth16;
  return kDepth2;
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return getColorDepth() > 2;
  if (stream == null || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

// The escape codes assert's diff uses: set for stderr's colors by refresh().
const colors = {
  blue: '', green: '', white: '', yellow: '', red: '', gray: '', clear: '', reset: '',
  hasColors: false,
  refresh() {
    const on = shouldColorize(process.stderr);
    colors.blue = on ? '\u001b[34m' : '';
    colors.green = on ? '\u001b[32m' : '';
    colors.white = on ? '\u001b[39m' : '';
    colors.yellow = on ? '\u001b[33m' : '';
    colors.red = on ? '\u001b[31m' : '';
    colors.gray = on ? '\u001b[90m' : '';
    colors.clear = on ? '\u001bc' : '';
    colors.reset = on ? '\u001b[0m' : '';
    colors.hasColors = on;
  },
};

module.exports = { getColorDepth, shouldColorize, colors };
