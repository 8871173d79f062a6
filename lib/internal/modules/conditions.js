'use strict';
// The conditions resolution matches in "exports" and "imports": CommonJS
// uses require, node, module-sync, node-addons (unless --no-addons), then
// --conditions / -C; ES modules the same with import in place of require.

let conditions;
let esmConditions;

function userConditions() {
  const out = [];
  let noAddons = false;
  const argv = process.execArgv || [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-addons') noAddons = true;
    else if (a === '--addons') noAddons = false;
    else if (a === '--conditions' || a === '-C') {
      if (i + 1 < argv.length) out.push(argv[++i]);
    } else if (a.startsWith('--conditions=')) {
      out.push(a.slice(13));
    } else if (a.startsWith('-C') && a.length > 2) {
      out.push(a.slice(a[2] === '=' ? 3 : 2));
    }
  }
  return { out, noAddons };
}

function getCjsConditions() {
  if (conditions === undefined) {
    const { out, noAddons } = userConditions();
    conditions = new Set(['require', 'node', 'module-sync', ...(noAddons ? [] : ['node-addons']), ...out]);
  }
  return conditions;
}

function getEsmConditions() {
  if (esmConditions === undefined) {
    const { out, noAddons } = userConditions();
    esmConditions = new Set(['node', 'import', 'module-sync', ...(noAddons ? [] : ['node-addons']), ...out]);
  }
  return esmConditions;
}

module.exports = { getCjsConditions, getEsmConditions };
