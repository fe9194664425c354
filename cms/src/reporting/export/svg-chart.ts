import { markupText } from './encode';
import { EXPORT_TEXT as TEXT } from './messages';

/**
 * A target's trend as a small line chart in plain SVG: readable without colour (the goal is dashed,
 * the values are marked and labelled), titled and described for screen readers, and sized in
 * millimetres-friendly units so it prints crisply on A4.
 */
const escape = markupText;

export interface TrendChart {
  id: string;
  title: string;
  goal: number;
  points: Array<{ label: string; value: number | null }>;
}

export function trendSvg(chart: TrendChart): string {
  const id = chart.id.replace(/[^a-zA-Z0-9_-]/g, '-');
  const width = 360;
  const height = 170;
  const left = 34;
  const right = 10;
  const top = 12;
  const bottom = 30;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const n = chart.points.length;
  const x = (i: number) => left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => top + plotH - (Math.max(0, Math.min(100, v)) / 100) * plotH;
  const known = chart.points.map((p, i) => ({ ...p, i })).filter((p) => p.value !== null) as Array<{
    label: string;
    value: number;
    i: number;
  }>;
  const lastKnown = known[known.length - 1];
  // The English reading is the shorter: it gives the number of months, not the first and the last.
  const months = { count: chart.points.length };
  const latest = () => ({ value: lastKnown.value, label: lastKnown.label, goal: chart.goal });
  const description = known.length
    ? `${TEXT.t('vi', 'months', months)}, ${TEXT.t('vi', 'fromTo', { from: chart.points[0].label, to: chart.points[n - 1].label })}; ` +
      `${TEXT.t('vi', 'latest', latest())} ${TEXT.t('en', 'months', months)}; ${TEXT.t('en', 'latest', latest())}`
    : `${TEXT.t('vi', 'noData', { goal: chart.goal })} ${TEXT.t('en', 'noData', { goal: chart.goal })}`;
  const grid = [0, 25, 50, 75, 100]
    .map(
      (v) =>
        `<line x1="${left}" x2="${width - right}" y1="${y(v)}" y2="${y(v)}" stroke="#d0d0d8" stroke-width="0.6"/>` +
        `<text x="${left - 4}" y="${y(v) + 3}" text-anchor="end" font-size="8">${v}%</text>`,
    )
    .join('');
  const labelEvery = Math.max(1, Math.ceil(n / 6));
  const ticks = chart.points
    .map((p, i) =>
      i % labelEvery === 0 || i === n - 1
        ? `<text x="${x(i)}" y="${height - bottom + 12}" text-anchor="middle" font-size="8">${escape(p.label)}</text>`
        : '',
    )
    .join('');
  // Gaps (months without data) break the line rather than pretending a value.
  const segments: string[] = [];
  let current: string[] = [];
  chart.points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(' '));
  const lines = segments.map((pts) => `<polyline points="${pts}" fill="none" stroke="#1d3f8f" stroke-width="2"/>`).join('');
  const marks = known.map((p) => `<circle cx="${x(p.i)}" cy="${y(p.value)}" r="2.6" fill="#1d3f8f"/>`).join('');
  const lastLabel = lastKnown
    ? `<text x="${Math.min(x(lastKnown.i), width - right - 2)}" y="${y(lastKnown.value) - 6}" ` +
      `text-anchor="end" font-size="9" font-weight="bold">${lastKnown.value}%</text>`
    : '';
  const goal =
    `<line x1="${left}" x2="${width - right}" y1="${y(chart.goal)}" y2="${y(chart.goal)}" ` +
    'stroke="#a61b1b" stroke-width="1.2" stroke-dasharray="5 3"/>' +
    `<text x="${width - right}" y="${y(chart.goal) - 3}" text-anchor="end" font-size="8" fill="#a61b1b">` +
    `${TEXT.both('goal')} ${chart.goal}%</text>`;
  return (
    `<svg class="chart" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg" font-family="inherit">` +
    `<title id="${id}-t">${escape(chart.title)}</title><desc id="${id}-d">${escape(description)}</desc>` +
    `${grid}${goal}${lines}${marks}${lastLabel}${ticks}</svg>`
  );
}
