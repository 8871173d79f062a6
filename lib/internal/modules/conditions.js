'use strict';
// The conditions CommonJS resolution matches in "exports" and "imports":
// require, node, node-addons (unless --no-addons), then --conditions / -C.

let conditions;

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
    conditions = new Set(['require', 'node', ...(noAddons ? [] : ['node-addons']), ...out]);
  }
  return conditions;
}

module.exports = { getCjsConditions };
