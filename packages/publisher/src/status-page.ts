import type { BodyStatus, ServiceStatus } from './status.ts';
import { htmlText } from '@column57/sites/encode';

const RESULT: Record<BodyStatus['result'], { vi: string; en: string; mark: string }> = {
  built: { vi: 'Đã dựng', en: 'built', mark: '✓' },
  unchanged: { vi: 'Không đổi', en: 'unchanged', mark: '=' },
  held: { vi: 'Đang giữ bản cũ', en: 'held after rollback', mark: '⏸' },
  failed: { vi: 'Lỗi', en: 'failed', mark: '✗' },
};

const STATE: Record<ServiceStatus['state'], string> = {
  idle: 'Đang chờ thay đổi / idle',
  waiting: 'Sắp dựng / about to build',
  building: 'Đang dựng / building',
};

/** Time as Vietnamese readers write it, in Vietnam's time zone. */
const when = (iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso))
    : '—';

function row(body: BodyStatus): string {
  const result = RESULT[body.result];
  const error = body.error
    ? `<details><summary>Chi tiết lỗi / error</summary><pre>${htmlText(body.error.slice(0, 4000))}</pre></details>`
    : '';
  return `<tr class="${body.result}">
<th scope="row">${htmlText(body.slug)}</th>
<td><span aria-hidden="true">${result.mark}</span> ${result.vi} <span lang="en">/ ${result.en}</span>${error}</td>
<td>${when(body.at)}</td>
<td>${body.seconds.toFixed(1)} s</td>
<td>${body.pages ?? '—'}</td>
<td><code>${htmlText(body.live.release ?? '—')}</code><br><small>${when(body.live.since)}</small></td>
</tr>`;
}

/** The status page: one row per column, failures first, readable without JavaScript; refreshes itself. */
export function statusPage(status: Pick<ServiceStatus, 'state' | 'bodies'> & Partial<ServiceStatus>): string {
  const bodies = Object.values(status.bodies).sort(
    (a, b) => Number(b.result === 'failed') - Number(a.result === 'failed') || a.slug.localeCompare(b.slug),
  );
  const failed = bodies.filter((b) => b.result === 'failed').length;
  const current = status.current
    ? `<p>Đang dựng / building: <strong>${htmlText(status.current.scope)}</strong> (từ / since ${when(status.current.since)})</p>`
    : '';
  const queued = status.pending ? ` · chờ dựng / queued: ${htmlText(status.pending)}` : '';
  const tableHead =
    '<thead><tr><th scope="col">Chuyên mục <span lang="en">/ column</span></th>' +
    '<th scope="col">Kết quả <span lang="en">/ result</span></th><th scope="col">Lúc <span lang="en">/ when</span></th>' +
    '<th scope="col">Thời gian <span lang="en">/ took</span></th><th scope="col">Trang <span lang="en">/ pages</span></th>' +
    '<th scope="col">Bản đang chạy <span lang="en">/ live release</span></th></tr></thead>';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="10">
<meta name="robots" content="noindex">
<title>Trạng thái dựng chuyên mục / Build status · column57</title>
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
<h1>Trạng thái dựng chuyên mục <span lang="en">/ Build status</span></h1>
<p>${STATE[status.state]} · ${bodies.length} chuyên mục / columns · <strong>${failed}</strong> lỗi / failed${queued}</p>
${current}
<table>
<caption class="visually-hidden">Lần dựng gần nhất của mỗi chuyên mục / each column's latest build</caption>
${tableHead}
<tbody>
${bodies.map(row).join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
