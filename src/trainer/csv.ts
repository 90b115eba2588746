// CSV that Excel opens right with Dutch settings: `;` between cells, a UTF-8 byte order mark, and
// no formulas: a cell that starts with = + - @ (or a tab or carriage return) gets a leading
// apostrophe, so text from students is never run as a formula.

const BOM = '\uFEFF';

export function csvCell(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  if (/[;"\n\r,]/.test(v)) v = `"${v.replace(/"/g, '""')}"`;
  return v;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
