import type { BodyStatus, ServiceStatus } from './status.ts';
import { htmlText } from '@column57/sites/encode';
import { BUILD_RESULT_TEXT, NATIONAL_SEARCH_TEXT, PUBLISHER_TEXT, SERVICE_STATE_TEXT, withEnglishMarked } from './messages.ts';

const MARK: Record<BodyStatus['result'], string> = { built: '✓', unchanged: '=', held: '⏸', failed: '✗' };
const { both, pair } = PUBLISHER_TEXT;

/** Time as Vietnamese readers write it, in Vietnam's time zone. */
const when = (iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso))
    : '—';

function row(body: BodyStatus): string {
  const error = body.error
    ? `<details><summary>${both('errorDetails')}</summary><pre>${htmlText(body.error.slice(0, 4000))}</pre></details>`
    : '';
  return `<tr class="${body.result}">
<th scope="row">${htmlText(body.slug)}</th>
<td><span aria-hidden="true">${MARK[body.result]}</span> ${withEnglishMarked(BUILD_RESULT_TEXT.pair(body.result))}${error}</td>
<td>${when(body.at)}</td>
<td>${body.seconds.toFixed(1)} s</td>
<td>${body.pages ?? '—'}</td>
<td><code>${htmlText(body.live.release ?? '—')}</code><br><small>${when(body.live.since)}</small></td>
</tr>`;
}

/** The portal origins refused per column, with what to do about them; nothing when none was reported. */
function refusedFramings(framings: ServiceStatus['framings'] | undefined): string {
  const columns = Object.entries(framings ?? {}).filter(([, list]) => list.length);
  if (!columns.length) return '';
  const headers = (['columnHeader', 'refusedOriginHeader', 'refusedCountHeader', 'lastSeenHeader'] as const).map(
    (key) => `<th scope="col">${withEnglishMarked(pair(key))}</th>`,
  );
  const rows = columns.flatMap(([slug, list]) =>
    list.map(
      (r) =>
        `<tr><th scope="row">${htmlText(slug)}</th><td><code>${htmlText(r.origin)}</code></td>` +
        `<td>${r.count}</td><td>${when(r.lastSeen)}</td></tr>`,
    ),
  );
  return `<h2>${withEnglishMarked(pair('refusedFramingsTitle'))}</h2>
<p>${both('refusedFramingsHelp')}</p>
<table>
<thead><tr>${headers.join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/** Where the hub's national search stands: up to date, due at a time, or being made; its last error if any. */
function nationalSearchLine(national: ServiceStatus['nationalSearch'] | undefined): string {
  if (!national) return '';
  const text = NATIONAL_SEARCH_TEXT;
  const state = national.state === 'due' ? `${text.both('due')} ${when(national.dueAt)}` : text.both(national.state);
  const last = national.madeAt
    ? ` · ${text.both('lastMade')}: ${when(national.madeAt)}${national.seconds === null ? '' : `, ${national.seconds.toFixed(1)} s`}`
    : '';
  const error = national.error ? ` · <strong>${htmlText(national.error.slice(0, 400))}</strong>` : '';
  return `<p>${withEnglishMarked(text.pair('title'))}: ${state}${last}${error}</p>`;
}

/** The status page: one row per column, failures first, readable without JavaScript; refreshes itself. */
export function statusPage(status: Pick<ServiceStatus, 'state' | 'bodies'> & Partial<ServiceStatus>): string {
  const bodies = Object.values(status.bodies).sort(
    (a, b) => Number(b.result === 'failed') - Number(a.result === 'failed') || a.slug.localeCompare(b.slug),
  );
  const failed = bodies.filter((b) => b.result === 'failed').length;
  const current = status.current
    ? `<p>${SERVICE_STATE_TEXT.both('building')}: <strong>${htmlText(status.current.scope)}</strong> ` +
      `(${both('since')} ${when(status.current.since)})</p>`
    : '';
  const queued = status.pending ? ` · ${both('queued')}: ${htmlText(status.pending)}` : '';
  const summary =
    `${SERVICE_STATE_TEXT.both(status.state)} · ${bodies.length} ${both('columns')} · ` +
    `<strong>${failed}</strong> ${both('failedCount')}${queued}`;
  const headers = (['columnHeader', 'resultHeader', 'whenHeader', 'tookHeader', 'pagesHeader', 'liveReleaseHeader'] as const).map(
    (key) => `<th scope="col">${withEnglishMarked(pair(key))}</th>`,
  );
  const tableHead = `<thead><tr>${headers.join('')}</tr></thead>`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="10">
<meta name="robots" content="noindex">
<title>${both('statusTitle')} · column57</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #ccc; vertical-align: top; }
tr.failed { background: #fdecea; }
pre { white-space: pre-wrap; font-size: .85rem; }
[lang="en"] { color: #505050; }
</style>
</head>
<body>
<h1>${withEnglishMarked(pair('statusTitle'))}</h1>
<p>${summary}</p>
${current}
${nationalSearchLine(status.nationalSearch)}
<table>
<caption class="visually-hidden">${both('statusCaption')}</caption>
${tableHead}
<tbody>
${bodies.map(row).join('\n')}
</tbody>
</table>
${refusedFramings(status.framings)}
</body>
</html>
`;
}
