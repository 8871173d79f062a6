'use strict';
// console.table's box drawing: a header row, a rule, then one row per
// entry; cells are left-aligned and padded to the widest cell of their
// column (display width, so wide characters count twice).

const { getStringWidth } = require('internal/util/inspect');

const kRule = '─';

function renderRow(cells, widths) {
  let out = '│ ';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    out += cell + ' '.repeat(Math.ceil(widths[i] - getStringWidth(cell)));
    if (i !== cells.length - 1) out += ' │ ';
  }
  return `${out} │`;
}

// head: column titles; columns: one (possibly sparse) array of cells each.
function renderTable(head, columns) {
  const widths = head.map((h) => getStringWidth(h));
  const rowCount = Math.max(...columns.map((c) => c.length));
  const rows = [];
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < rowCount; j++) {
      rows[j] ??= [];
      const cell = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      rows[j][i] = cell;
      widths[i] = Math.max(widths[i] || 0, getStringWidth(cell));
    }
  }
  const rules = widths.map((w) => kRule.repeat(w + 2));
  let out = `┌${rules.join('┬')}┐\n${renderRow(head, widths)}\n├${rules.join('┼')}┤\n`;
  for (const row of rows) out += `${renderRow(row, widths)}\n`;
  return `${out}└${rules.join('┴')}┘`;
}

module.exports = renderTable;
