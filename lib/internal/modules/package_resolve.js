'use strict';
// package.json "exports" and "imports": Node's PACKAGE_EXPORTS_RESOLVE,
// PACKAGE_IMPORTS_RESOLVE and PACKAGE_TARGET_RESOLVE over file paths.
//
// A package is named by its package.json path (pjsonPath). A resolved
// target is returned as { pkgDir, rest }: the package folder (a real path)
// and the part after it as it would appear in a URL (still percent-encoded,
// since targets and pattern matches are URL text); finalize() turns that
// into a file path. A builtin reached through "imports" comes back as
// { builtin: 'node:x' }.

const path = require('internal/path/posix');
const { stat } = require('internal/modules/fs_cache');
const packageJsonReader = require('internal/modules/package_json_reader');
const { canBeRequiredWithoutScheme } = require('internal/modules/builtins');
const { pathToFileHref, decodePercent } = require('internal/modules/url_path');

let codes;
function errors() {
  if (codes === undefined) codes = require('internal/errors').codes;
  return codes;
}

const invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const deprecatedInvalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
const invalidPackageNameRegEx = /^\.|%|\\/;
const urlSchemeRegEx = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
const encodedSepRegEx = /%2F|%5C/i;

const pkgDirOf = (pjsonPath) => pjsonPath.slice(0, -'/package.json'.length);

function exportsNotFound(subpath, pjsonPath, base) {
  return new (errors().ERR_PACKAGE_PATH_NOT_EXPORTED)(`${pkgDirOf(pjsonPath)}/`, subpath, base);
}

function importNotDefined(specifier, pjsonPath, base) {
  return new (errors().ERR_PACKAGE_IMPORT_NOT_DEFINED)(
    specifier, pjsonPath && `${pkgDirOf(pjsonPath)}/`, base);
}

function invalidPackageTarget(subpath, target, pjsonPath, internal, base) {
  target = typeof target === 'object' && target !== null ? JSON.stringify(target, null, '') : `${target}`;
  return new (errors().ERR_INVALID_PACKAGE_TARGET)(`${pkgDirOf(pjsonPath)}/`, subpath, target, internal, base);
}

function invalidSubpath(request, match, pjsonPath, internal, base) {
  const reason = `request is not a valid match in pattern "${match}" for the "${
    internal ? 'imports' : 'exports'}" resolution of ${pjsonPath}`;
  return new (errors().ERR_INVALID_MODULE_SPECIFIER)(request, reason, base);
}

const emittedWarnings = new Set();
function warnOnce(key, message, code) {
  if (process.noDeprecation || emittedWarnings.has(key)) return;
  emittedWarnings.add(key);
  process.emitWarning(message, 'DeprecationWarning', code);
}

function emitInvalidSegmentDeprecation(target, request, match, pjsonPath, internal, base, isTarget) {
  const double = /[/\\][/\\]/.test(isTarget ? target : request);
  warnOnce(`${pjsonPath}|${request}|${target}`,
    `Use of deprecated ${double ? 'double slash' : 'leading or trailing slash matching'} resolving "${
      target}" for module request "${request}" ${request !== match ? `matched to "${match}" ` : ''
    }in the "${internal ? 'imports' : 'exports'}" field module resolution of the package at ${
      pjsonPath}${base ? ` imported from ${base}` : ''}.`, 'DEP0166');
}

const replaceStars = (s, subpath) => s.replace(/\*/g, () => subpath);

function resolveTargetString(target, subpath, match, pjsonPath, base, pattern, internal, isPathMap, conditions) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidPackageTarget(match, target, pjsonPath, internal, base);
  }
  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/') && !urlSchemeRegEx.test(target)) {
      const exportTarget = pattern ? replaceStars(target, subpath) : target + subpath;
      return packageResolve(exportTarget, pjsonPath, conditions);
    }
    throw invalidPackageTarget(match, target, pjsonPath, internal, base);
  }
  if (invalidSegmentRegEx.test(target.slice(2))) {
    if (deprecatedInvalidSegmentRegEx.test(target.slice(2))) {
      throw invalidPackageTarget(match, target, pjsonPath, internal, base);
    }
    if (!isPathMap) {
      const request = pattern ? match.replace('*', () => subpath) : match + subpath;
      emitInvalidSegmentDeprecation(pattern ? replaceStars(target, subpath) : target,
        request, match, pjsonPath, internal, base, true);
    }
  }
  if (subpath !== '' && invalidSegmentRegEx.test(subpath)) {
    const request = pattern ? match.replace('*', () => subpath) : match + subpath;
    if (deprecatedInvalidSegmentRegEx.test(subpath)) {
      throw invalidSubpath(request, match, pjsonPath, internal, base);
    }
    if (!isPathMap) {
      emitInvalidSegmentDeprecation(pattern ? replaceStars(target, subpath) : target,
        request, match, pjsonPath, internal, base, false);
    }
  }
  const rest = target.slice(1);
  return { pkgDir: pkgDirOf(pjsonPath), rest: pattern ? replaceStars(rest, subpath) : rest + subpath };
}

function isArrayIndex(key) {
  const n = +key;
  return `${n}` === key && n >= 0 && n < 0xFFFFFFFF;
}

// The resolved target, null (explicitly excluded) or undefined (no
// condition matched).
function resolveTarget(pjsonPath, target, subpath, match, base, pattern, internal, isPathMap, conditions) {
  if (typeof target === 'string') {
    return resolveTargetString(target, subpath, match, pjsonPath, base, pattern, internal, isPathMap, conditions);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (let i = 0; i < target.length; i++) {
      let result;
      try {
        result = resolveTarget(pjsonPath, target[i], subpath, match, base, pattern, internal, isPathMap, conditions);
      } catch (e) {
        lastException = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (result === undefined) continue;
      if (result === null) {
        lastException = null;
        continue;
      }
      return result;
    }
    if (lastException == null) return lastException;
    throw lastException;
  }
  if (typeof target === 'object' && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    for (const key of keys) {
      if (isArrayIndex(key)) {
        throw new (errors().ERR_INVALID_PACKAGE_CONFIG)(pjsonPath, base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const key of keys) {
      if (key === 'default' || conditions.has(key)) {
        const result = resolveTarget(pjsonPath, target[key], subpath, match, base, pattern, internal,
          isPathMap, conditions);
        if (result !== undefined) return result;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidPackageTarget(match, target, pjsonPath, internal, base);
}

function isConditionalExportsMainSugar(exports, pjsonPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  let sugar = false;
  let i = 0;
  for (const key of Object.getOwnPropertyNames(exports)) {
    const cur = key === '' || key[0] !== '.';
    if (i++ === 0) {
      sugar = cur;
    } else if (sugar !== cur) {
      throw new (errors().ERR_INVALID_PACKAGE_CONFIG)(pjsonPath, base,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return sugar;
}

// Orders pattern keys: longer prefix before the "*" first, then longer key.
function patternKeyCompare(a, b) {
  const ai = a.indexOf('*');
  const bi = b.indexOf('*');
  const baseA = ai === -1 ? a.length : ai + 1;
  const baseB = bi === -1 ? b.length : bi + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (ai === -1) return 1;
  if (bi === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// The best pattern key of map for name: [key, matched part] or undefined.
function bestPatternMatch(map, name, onTrailingSlash) {
  let bestMatch = '';
  let bestSubpath;
  for (const key of Object.getOwnPropertyNames(map)) {
    const star = key.indexOf('*');
    if (star === -1 || !name.startsWith(key.slice(0, star))) continue;
    if (onTrailingSlash !== undefined && name.endsWith('/')) onTrailingSlash();
    const trailer = key.slice(star + 1);
    if (name.length >= key.length && name.endsWith(trailer) &&
        patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === star) {
      bestMatch = key;
      bestSubpath = name.slice(star, name.length - trailer.length);
    }
  }
  return bestMatch ? [bestMatch, bestSubpath] : undefined;
}

// exports of the package at pjsonPath, for subpath ('.' or './x').
// base: the requiring file, named in errors (or undefined).
function packageExportsResolve(pjsonPath, subpath, pkg, base, conditions) {
  let exports = pkg.exports;
  if (isConditionalExportsMainSugar(exports, pjsonPath, base)) exports = { '.': exports };
  if (Object.prototype.hasOwnProperty.call(exports, subpath) &&
      !subpath.includes('*') && !subpath.endsWith('/')) {
    const result = resolveTarget(pjsonPath, exports[subpath], '', subpath, base, false, false, false, conditions);
    if (result == null) throw exportsNotFound(subpath, pjsonPath, base);
    return result;
  }
  const match = bestPatternMatch(exports, subpath, () => warnOnce(`${pjsonPath}|${subpath}`,
    `Use of deprecated trailing slash pattern mapping "${subpath}" in the "exports" field module ` +
    `resolution of the package at ${pjsonPath}${base ? ` imported from ${base}` : ''}. ` +
    'Mapping specifiers ending in "/" is no longer supported.', 'DEP0155'));
  if (match !== undefined) {
    const result = resolveTarget(pjsonPath, exports[match[0]], match[1], match[0], base, true, false,
      subpath.endsWith('/'), conditions);
    if (result == null) throw exportsNotFound(subpath, pjsonPath, base);
    return result;
  }
  throw exportsNotFound(subpath, pjsonPath, base);
}

// "#name" from the package that contains the file base.
function packageImportsResolve(name, base, conditions) {
  if (name === '#' || name.endsWith('/')) {
    throw new (errors().ERR_INVALID_MODULE_SPECIFIER)(name,
      'is not a valid internal imports specifier name', base);
  }
  const pkg = packageJsonReader.getNearestParentPackageJSON(base);
  let pjsonPath;
  if (pkg !== undefined) {
    pjsonPath = pkg.pjsonPath;
    const imports = pkg.imports;
    if (imports !== null && typeof imports === 'object') {
      if (Object.prototype.hasOwnProperty.call(imports, name) && !name.includes('*')) {
        const result = resolveTarget(pjsonPath, imports[name], '', name, base, false, true, false, conditions);
        if (result != null) return result;
      } else {
        const match = bestPatternMatch(imports, name);
        if (match !== undefined) {
          const result = resolveTarget(pjsonPath, imports[match[0]], match[1], match[0], base, true, true,
            false, conditions);
          if (result != null) return result;
        }
      }
    }
  }
  throw importNotDefined(name, pjsonPath, base);
}

function moduleNotFound(specifier, base) {
  return new (errors().ERR_MODULE_NOT_FOUND)(specifier, base);
}

function parsePackageName(specifier, base) {
  let sep = specifier.indexOf('/');
  let valid = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (sep === -1 || specifier.length === 0) valid = false;
    else sep = specifier.indexOf('/', sep + 1);
  }
  const packageName = sep === -1 ? specifier : specifier.slice(0, sep);
  if (invalidPackageNameRegEx.test(packageName)) valid = false;
  if (!valid) {
    throw new (errors().ERR_INVALID_MODULE_SPECIFIER)(specifier, 'is not a valid package name', base);
  }
  return { packageName, packageSubpath: `.${sep === -1 ? '' : specifier.slice(sep)}`, isScoped };
}

const legacyMainCandidates = ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node'];
const legacyIndexCandidates = ['./index.js', './index.json', './index.node'];

// ES module resolution of a package without "exports": its "main" (with
// the CommonJS guesses, deprecated: DEP0151), else its index file.
function legacyMainResolve(pjsonPath, pkg, base) {
  const dir = pkgDirOf(pjsonPath);
  const warn = (message) => warnOnce(`${pjsonPath}|main`, message, 'DEP0151');
  if (pkg.main !== undefined) {
    for (let i = 0; i < legacyMainCandidates.length; i++) {
      const rest = `/${pkg.main}${legacyMainCandidates[i]}`;
      // an absolute "main" names its file from the root, as Node joins it
      const file = path.resolve(pkg.main[0] === '/' ? decodePercent(rest.slice(1)) : dir + decodePercent(rest));
      if (stat(file) !== 0) continue;
      if (i > 0) {
        warn(`Package ${dir}/ has a "main" field set to "${pkg.main}", excluding the full filename and ` +
          `extension to the resolved file at "${file.slice(dir.length + 1)}", imported from ${base}.\n` +
          ' Automatic extension resolution of the "main" field is deprecated for ES modules.');
      }
      const home = file.startsWith(`${dir}/`) ? dir : path.dirname(file);
      return { pkgDir: home, rest: pathToFileHref(file).slice(pathToFileHref(home).length) };
    }
  }
  for (const c of legacyIndexCandidates) {
    if (stat(dir + c.slice(1)) !== 0) continue;
    warn(`${pkg.main === undefined ? 'No "main" or "exports" field defined in the package.json for ' +
      `${dir}/ resolving the main entry point "${c.slice(2)}"` : `Package ${dir}/ has a "main" field set to ` +
      `"${pkg.main}", excluding the full filename and extension to the resolved file at "${c.slice(2)}"`
    }, imported from ${base}.\n${pkg.main === undefined ? 'Default "index" lookups for the main are deprecated for ES modules.'
      : ' Automatic extension resolution of the "main" field is deprecated for ES modules.'}`);
    return { pkgDir: dir, rest: c.slice(1) };
  }
  const missing = pkg.main !== undefined ? path.resolve(dir, pkg.main) : `${dir}/index.js`;
  throw moduleNotFound(missing, base);
}

// A bare specifier resolved the way ES modules resolve packages (no
// extension search) from the file base: the package base belongs to when it
// names itself, else the nearest node_modules folder that has it.
function packageResolve(specifier, base, conditions) {
  if (canBeRequiredWithoutScheme(specifier)) return { builtin: `node:${specifier}` };
  const { packageName, packageSubpath } = parsePackageName(specifier, base);
  const self = packageJsonReader.getNearestParentPackageJSON(base);
  if (self !== undefined && self.exports != null && self.name === packageName) {
    return packageExportsResolve(self.pjsonPath, packageSubpath, self, base, conditions);
  }
  const cut = base.lastIndexOf('/');
  let dir = cut <= 0 ? '/' : base.slice(0, cut);
  for (;;) {
    const pkgDir = `${dir === '/' ? '' : dir}/node_modules/${packageName}`;
    if (stat(pkgDir) === 1) {
      const pkgJson = `${pkgDir}/package.json`;
      const pkg = packageJsonReader.read(pkgJson, specifier, base);
      if (pkg.exists && pkg.exports != null) {
        return packageExportsResolve(pkgJson, packageSubpath, pkg, base, conditions);
      }
      if (packageSubpath === '.') return legacyMainResolve(pkgJson, pkg.exists ? pkg : {}, base);
      return { pkgDir, rest: packageSubpath.slice(1) };
    }
    if (dir === '/') break;
    const up = dir.lastIndexOf('/');
    dir = up <= 0 ? '/' : dir.slice(0, up);
  }
  throw moduleNotFound(packageName, base);
}

// A resolved target as a file path. Throws for encoded separators and for
// builtins (which have no file).
function targetToPath(resolved, parentPath) {
  if (resolved.builtin !== undefined) {
    throw new (errors().ERR_INVALID_URL_SCHEME)('file');
  }
  if (encodedSepRegEx.test(resolved.rest)) {
    throw new (errors().ERR_INVALID_MODULE_SPECIFIER)(pathToFileHref(resolved.pkgDir) + resolved.rest,
      'must not include encoded "/" or "\\" characters', parentPath);
  }
  return resolved.pkgDir + decodePercent(resolved.rest.replace(/[?#].*$/s, ''));
}

module.exports = {
  packageResolve,
  parsePackageName,
  packageExportsResolve,
  packageImportsResolve,
  targetToPath,
  patternKeyCompare,
};
