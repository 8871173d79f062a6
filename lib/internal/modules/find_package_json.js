'use strict';
// module.findPackageJSON(specifier[, base]): the package.json that governs
// what specifier resolves to from base.

const path = require('internal/path/posix');
const { stat } = require('internal/modules/fs_cache');
const { getNearestParentPackageJSON } = require('internal/modules/package_json_reader');
const { isURL, fileURLToPath, pathToFileHref } = require('internal/modules/url_path');
const { validateString } = require('internal/validators');

const urlSchemeRegEx = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

function findPackageJSON(specifier, base = 'data:') {
  const { codes } = require('internal/errors');
  if (arguments.length === 0) {
    throw new codes.ERR_MISSING_ARGS('specifier');
  }
  if (typeof specifier === 'symbol') validateString(specifier, 'specifier');
  specifier = `${specifier}`;
  let baseHref;
  if (isURL(base)) {
    baseHref = base.href;
  } else {
    validateString(base, 'base');
    if (path.isAbsolute(base)) baseHref = pathToFileHref(base);
    else if (urlSchemeRegEx.test(base)) baseHref = base;
    else throw new codes.ERR_INVALID_URL();
  }
  const baseIsFile = baseHref.toLowerCase().startsWith('file:');
  const basePath = baseIsFile ? fileURLToPath(baseHref) : undefined;

  if (specifier && specifier[0] !== '.' && specifier[0] !== '/' && !urlSchemeRegEx.test(specifier)) {
    // a package name: the package.json of that package, found the way
    // import finds packages
    if (!baseIsFile) throw new codes.ERR_INVALID_URL();
    let sep = specifier.indexOf('/');
    if (specifier[0] === '@' && sep !== -1) sep = specifier.indexOf('/', sep + 1);
    const name = sep === -1 ? specifier : specifier.slice(0, sep);
    let dir = path.dirname(basePath);
    for (;;) {
      const pkgDir = `${dir === '/' ? '' : dir}/node_modules/${name}`;
      if (stat(pkgDir) === 1) return `${pkgDir}/package.json`;
      if (dir === '/') break;
      dir = path.dirname(dir);
    }
    throw new codes.ERR_MODULE_NOT_FOUND(name, basePath);
  }

  let target;
  if (urlSchemeRegEx.test(specifier)) {
    target = fileURLToPath(specifier);
  } else if (!baseIsFile) {
    throw new codes.ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, baseHref);
  } else {
    target = path.resolve(basePath.endsWith('/') ? basePath : path.dirname(basePath), specifier);
  }
  const kind = stat(target);
  if (kind < 0) {
    throw new codes.ERR_MODULE_NOT_FOUND(target, basePath, pathToFileHref(target));
  }
  const pkg = getNearestParentPackageJSON(kind === 1 ? `${target}/` : target);
  return pkg?.pjsonPath;
}

module.exports = { findPackageJSON };
