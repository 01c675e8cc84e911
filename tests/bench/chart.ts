// The bench results as an SVG chart, written by hand: one bar per figure, drawn on its own scale
// with a tick at its target; green when met, red when missed, grey for baselines and peers.

export interface Row {
  id: string;
  what: string;
  value: number;
  unit: '×' | 'MB' | 's';
  target?: { op: '≤' | '≥'; value: number };
  met?: boolean;
  /** A baseline or the official SDK's figure, shown beside a target; never met or missed. */
  peer?: boolean;
  detail: string;
}

export const figure = (value: number, unit: Row['unit']) =>
  unit === '×' ? `${value.toFixed(3)}×` : unit === 'MB' ? `${value.toFixed(1)} MB` : `${value.toFixed(2)} s`;
export const verdict = (row: Row) => (row.met === undefined ? (row.peer ? 'peer' : '—') : row.met ? 'met' : 'MISSED');

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function chartSvg(rows: readonly Row[], title: string): string {
  const width = 1080;
  const rowHeight = 26;
  const top = 46;
  const label = 520;
  const barWidth = 300;
  const height = top + rows.length * rowHeight + 30;
  const colors = { met: '#2f9e44', missed: '#e03131', peer: '#adb5bd' };
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="24" font-size="15" font-weight="600">${escape(title)}</text>`,
    `<text x="${label}" y="40" fill="#495057">one scale per measure (P1, P2, …); the tick is the target</text>`,
  ];
  // One scale per measure and unit, so a figure, its target and its baselines and peers compare.
  const scaleOf = (row: Row) =>
    1.15 * Math.max(...rows.filter((r) => r.id === row.id && r.unit === row.unit).flatMap((r) => [r.value, r.target?.value ?? 0])) || 1;
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    const scale = scaleOf(row);
    const length = Math.max(1, (row.value / scale) * barWidth);
    const color = row.met === undefined ? colors.peer : row.met ? colors.met : colors.missed;
    out.push(`<text x="12" y="${y + 17}" font-weight="600">${row.id}</text>`);
    out.push(`<text x="44" y="${y + 17}">${escape(row.what.length > 78 ? `${row.what.slice(0, 75)}…` : row.what)}</text>`);
    out.push(`<rect x="${label}" y="${y + 5}" width="${length.toFixed(1)}" height="16" rx="2" fill="${color}"/>`);
    if (row.target) {
      const x = label + (row.target.value / scale) * barWidth;
      out.push(`<line x1="${x.toFixed(1)}" y1="${y + 1}" x2="${x.toFixed(1)}" y2="${y + 25}" stroke="#212529" stroke-width="2"/>`);
    }
    const target = row.target ? ` (target ${row.target.op} ${figure(row.target.value, row.unit)})` : '';
    out.push(
      `<text x="${label + barWidth + 10}" y="${y + 17}" fill="${row.met === false ? colors.missed : '#212529'}">${escape(`${figure(row.value, row.unit)}${target} ${row.met === undefined ? '' : row.met ? 'met' : 'MISSED'}`)}</text>`,
    );
  });
  out.push(`<text x="12" y="${height - 10}" fill="#868e96">green: target met · red: MISSED · grey: baseline or peer (official SDK)</text>`, '</svg>');
  return `${out.join('\n')}\n`;
}
