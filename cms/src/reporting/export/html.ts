import { programmeOfficeSlug } from '../../access/actor';
import type { BodyInfo, BodyMonth, NationalPicture, ReportVersion } from '../national';
import { monthLabel, type ReportingPeriod, vnDate } from '../period';
import { trendSvg } from './svg-chart';
import {
  bodiesTable,
  type Cell,
  type Column,
  planKindsTable,
  plansTable,
  reportLines,
  statusWords,
  type Table,
  targetsTable,
} from './table';
import { markupText } from './encode';

/**
 * Printable pages in the layout of Vietnamese administrative documents (Decree 30/2020/NĐ-CP): the
 * issuing body and the national motto side by side, place and date, the title and its subject,
 * the recipients and the signature block. Plain HTML with inline CSS, A4, no script; the same page
 * is the MST dashboard inside the admin panel.
 */
const esc = markupText;
const vnNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

function formatCell(kind: Column<unknown>['kind'], value: Cell): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return kind === 'percent' ? `${vnNumber.format(value)}%` : vnNumber.format(value);
  return esc(value);
}

/** A table whose cells carry their raw values (data-key, data-value), so what is shown can be checked. */
function htmlTable<T>(table: Table<T>, caption: string, rowKey: (row: T) => string): string {
  const head = table.columns.map((c) => `<th scope="col">${esc(c.vi)}<span class="en">${esc(c.en)}</span></th>`).join('');
  const rows = [...table.rows, ...(table.total !== undefined ? [table.total] : [])]
    .map((row, i, all) => {
      const isTotal = table.total !== undefined && i === all.length - 1;
      const cells = table.columns
        .map((c, j) => {
          const value = c.value(row);
          const tag = j === 0 ? 'th scope="row"' : 'td';
          const kind = c.kindOf?.(row) ?? c.kind;
          const attrs = `data-key="${esc(c.key)}" data-value="${esc(value ?? '')}"${kind === 'text' ? '' : ' class="num"'}`;
          return `<${tag} ${attrs}>${formatCell(kind, value)}</${j === 0 ? 'th' : 'td'}>`;
        })
        .join('');
      return `<tr data-row="${esc(rowKey(row))}"${isTotal ? ' class="total"' : ''}>${cells}</tr>`;
    })
    .join('');
  return `<table><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

const STYLE =
  `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@page annex { size: A4 landscape; margin: 12mm; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13pt; line-height: 1.4; color: #111; ` +
  `max-width: 190mm; margin: 0 auto; padding: 8mm; }
.wide { max-width: none; }
.header { display: grid; grid-template-columns: 1fr 1.3fr; gap: 8mm; text-align: center; margin-bottom: 4mm; }
.header p { margin: 0; }
.issuer { text-transform: uppercase; font-weight: bold; }
.motto { font-weight: bold; }
.motto-sub { font-weight: bold; text-decoration: underline; text-underline-offset: 3px; }
.number, .place { font-size: 13pt; }
.place { font-style: italic; }
h1 { text-align: center; font-size: 14pt; margin: 8mm 0 0; }
.subject { text-align: center; font-weight: bold; margin: 1mm 0 6mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; }
.en { display: block; font-size: 0.8em; font-weight: normal; color: #444; font-style: italic; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; margin: 2mm 0 4mm; }
caption { text-align: left; font-weight: bold; margin-bottom: 1mm; }
th, td { border: 1px solid #555; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total { font-weight: bold; background: #f1f1f4; }
.targets { display: grid; grid-template-columns: repeat(auto-fill, minmax(90mm, 1fr)); gap: 4mm; }
.target { border: 1px solid #999; padding: 3mm; break-inside: avoid; }
.target p { margin: 0 0 1mm; }
.target .value { font-size: 20pt; font-weight: bold; }
.chart { width: 100%; height: auto; }
.stamp { border: 2px solid #a61b1b; color: #a61b1b; padding: 1mm 3mm; display: inline-block; font-weight: bold; }
.sign { display: grid; grid-template-columns: 1fr 1fr; margin-top: 10mm; font-size: 11pt; }
.sign .who { text-align: center; font-weight: bold; text-transform: uppercase; }
.recipients { font-size: 11pt; }
.annex { page: annex; }
details summary { cursor: pointer; }
@media print { body { padding: 0; max-width: none; } details > *:not(summary) { display: block; } .noprint { display: none; } }
`;

function page(title: string, content: string, wide = false): string {
  return (
    '<!doctype html><html lang="vi"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">' +
    `<title>${esc(title)}</title><style>${STYLE}</style></head><body${wide ? ' class="wide"' : ''}>${content}</body></html>`
  );
}

function vnLongDate(iso: string): string {
  const d = new Date(Date.parse(iso) + 7 * 3600_000);
  return `ngày ${String(d.getUTCDate()).padStart(2, '0')} tháng ${String(d.getUTCMonth() + 1).padStart(2, '0')} năm ${d.getUTCFullYear()}`;
}

function header(issuer: string, numberLine: string, placeDate: string): string {
  return (
    `<div class="header"><div><p class="issuer">${esc(issuer)}</p><p class="number">${esc(numberLine)}</p></div>` +
    '<div><p class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class="motto-sub">Độc lập - Tự do - Hạnh phúc</p>' +
    `<p class="place">${esc(placeDate)}</p></div></div>`
  );
}

const periodWords = (period: ReportingPeriod) =>
  `kỳ từ ngày ${vnDate(period.from)} đến ngày ${vnDate(period.to)}; period ${period.from} to ${period.to}`;

/** The national summary for a month: targets with their trend, who is overdue, every body, the plans. */
export function nationalHtml(picture: NationalPicture, options: { programmeOffice?: BodyInfo | null } = {}): string {
  const label = monthLabel(picture.month);
  const issuer = options.programmeOffice?.nameVi ?? 'Bộ Khoa học và Công nghệ';
  const targets = picture.targets
    .map((t) => {
      const shownValue = t.value === null ? '—' : `${vnNumber.format(t.value)}%`;
      const goalWords = `mục tiêu ${t.goal}% đến ${t.by} <span class="en">goal ${t.goal}% by ${t.by}</span>`;
      const basis =
        t.key === 'grassrootsReach'
          ? `trung bình của ${t.bodies.length - t.missing.length} tỉnh, thành có số liệu`
          : `${vnNumber.format(t.numerator)} / ${vnNumber.format(t.denominator)}`;
      const trend = trendSvg({
        id: `chart-${t.key}`,
        title: `${t.vi}: diễn biến theo tháng (${t.en}, by month)`,
        goal: t.goal,
        points: t.trend.map((p) => ({ label: p.month.slice(5) + '/' + p.month.slice(2, 4), value: p.value })),
      });
      return `<section class="target" data-target="${esc(t.key)}" aria-labelledby="target-${esc(t.key)}">
<p id="target-${esc(t.key)}"><strong>${esc(t.vi)}</strong><span class="en">${esc(t.en)}</span></p>
<p><span class="value" data-key="value" data-value="${esc(t.value ?? '')}">${shownValue}</span> / ${goalWords}</p>
<p>${basis}; ${t.missing.length} cơ quan chưa có số liệu <span class="en">${t.missing.length} bodies without data</span></p>
${trend}
<details><summary>Các cơ quan (bodies behind the number)</summary>${htmlTable(
        {
          columns: [
            { key: 'body', vi: 'Cơ quan', en: 'Body', kind: 'text', value: (b: (typeof t.bodies)[number]) => b.name },
            { key: 'value', vi: 'Đạt (%)', en: 'Reached (%)', kind: 'percent', value: (b) => b.value },
            { key: 'numerator', vi: 'Tử số', en: 'Numerator', kind: 'number', value: (b) => b.numerator },
            { key: 'denominator', vi: 'Mẫu số', en: 'Denominator', kind: 'number', value: (b) => b.denominator },
          ],
          rows: t.bodies,
        },
        t.vi,
        (b) => b.slug,
      )}</details>
</section>`;
    })
    .join('');
  const overdueItem = (o: (typeof picture.overdue)[number]) =>
    `<li data-overdue="${esc(o.slug)}">${esc(o.name)}: ${o.months.map((m) => esc(monthLabel(m).vi)).join(', ')}</li>`;
  const overdue = picture.overdue.length
    ? `<ul>${picture.overdue.map(overdueItem).join('')}</ul>`
    : '<p>Không có cơ quan quá hạn. <span class="en">No body is overdue.</span></p>';
  const subject =
    `Kết quả thực hiện Chương trình truyền thông Nghị quyết số 57-NQ/TW (Quyết định số 1169/QĐ-TTg), ${esc(label.vi)}` +
    `<span class="en">Resolution 57 communication programme, ${esc(label.en)} (${esc(periodWords(picture.period))})</span>`;
  const plansHeading =
    `III. Kế hoạch năm ${picture.plans.year}` +
    `<span class="en">Annual plans ${picture.plans.year}: ${picture.plans.issued} issued, ` +
    `budget estimate ${vnNumber.format(picture.plans.total)} VND</span>`;
  const annexHeading = `Phụ lục. Số liệu theo cơ quan, ${esc(label.vi)}<span class="en">Annex: figures by body, ${esc(label.en)}</span>`;
  const annexTable = htmlTable(bodiesTable(picture), `Bảng 4. ${picture.rows.length} cơ quan (bodies)`, (r) =>
    r === 'total' ? 'total' : r.body.slug,
  );
  const recipients =
    '<p>- Thủ tướng Chính phủ (để báo cáo);<br>' +
    '- Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số;<br>- Lưu: VT.</p>';
  const content = `${header(issuer, 'Số: ....../BC-BKHCN', `Hà Nội, ${vnLongDate(picture.generatedAt)}`)}
<h1>BÁO CÁO TỔNG HỢP<span class="en">National summary</span></h1>
<p class="subject">${subject}</p>
<h2>I. Các chỉ tiêu của Chương trình<span class="en">The programme's targets</span></h2>
<div class="targets">${targets}</div>
${htmlTable(targetsTable(picture), 'Bảng 1. Chỉ tiêu (Targets)', (t) => t.key)}
<h2>II. Cơ quan chưa nộp báo cáo đúng hạn<span class="en">Bodies overdue with their reports (due on the 20th)</span></h2>
${overdue}
<h2>${plansHeading}</h2>
${htmlTable(planKindsTable(picture), 'Bảng 2. Dự toán theo loại hoạt động (Budget by activity kind)', ([k]) => k)}
${htmlTable(plansTable(picture), 'Bảng 3. Kế hoạch theo cơ quan (Plans by body)', (p) => p.slug)}
<section class="annex"><h2>${annexHeading}</h2>
${annexTable}</section>
<div class="sign"><div class="recipients"><p><strong><em>Nơi nhận:</em></strong></p>${recipients}</div>
<div class="who"><p>${esc(issuer)}</p><p class="en">(Ký, ghi rõ họ tên, đóng dấu)</p></div></div>`;
  return page(`Báo cáo tổng hợp ${label.vi} (National summary, ${label.en})`, content, true);
}

/** One body's report for a month, as sent to MST. */
export function bodyReportHtml(report: {
  body: BodyInfo;
  month: string;
  period: ReportingPeriod;
  generatedAt: string;
  row: BodyMonth;
  versions: ReportVersion[];
  shown: ReportVersion | null;
}): string {
  const { body, month, period, row, shown } = report;
  const label = monthLabel(month);
  const lines = reportLines(shown, row);
  const table = (section: string, caption: string) =>
    htmlTable(
      {
        columns: [
          { key: 'item', vi: 'Nội dung', en: 'Item', kind: 'text', value: (l: (typeof lines)[number]) => `${l.vi} (${l.en})` },
          { key: 'value', vi: 'Số liệu', en: 'Value', kind: 'number', value: (l) => l.value, kindOf: (l) => l.kind },
        ],
        rows: lines.filter((l) => section === l.section && !['difficulties', 'proposals'].includes(l.key)),
      },
      caption,
      (l) => l.key,
    );
  const stamp = !shown
    ? '<p class="stamp">Chưa có báo cáo / no report yet</p>'
    : shown.status === 'submitted'
      ? `<p>Phiên bản ${shown.version}, đã nộp ${esc(shown.submittedAt ? vnLongDate(shown.submittedAt) : '')}` +
        `${shown.late ? ' (nộp muộn / late)' : ''}<span class="en">Version ${shown.version}, submitted</span></p>`
      : `<p class="stamp">Bản nháp, chưa nộp (phiên bản ${shown.version}) / draft, not submitted</p>`;
  const versionItem = (v: ReportVersion) => {
    const state = v.status === 'submitted' ? `nộp ${esc(v.submittedAt ? vnLongDate(v.submittedAt) : '')}` : 'đang soạn';
    const reason = v.amendmentReason ? `, lý do sửa đổi: ${esc(v.amendmentReason)}` : '';
    return `<li data-version="${v.version}">Phiên bản ${v.version}: ${state}${reason}</li>`;
  };
  const history =
    report.versions.length > 1
      ? `<h2>Lịch sử phiên bản<span class="en">Versions</span></h2><ul>${report.versions.map(versionItem).join('')}</ul>`
      : '';
  const text = (key: string) => esc(shown?.entered[key] ?? '') || 'Không có. <span class="en">None.</span>';
  // The symbol after BC- is the issuing body's own; provinces sign as their People's Committee.
  const abbreviation = body.slug === programmeOfficeSlug() ? 'BKHCN' : body.central ? '......' : 'UBND';
  const placeDate = `......, ${vnLongDate(shown?.submittedAt ?? report.generatedAt)}`;
  const subject =
    `Kết quả thực hiện Chương trình truyền thông Nghị quyết số 57-NQ/TW, ${esc(label.vi)}` +
    `<span class="en">Resolution 57 communication programme, ${esc(label.en)} (${esc(periodWords(period))})</span>`;
  const content = `${header(body.nameVi, `Số: ....../BC-${abbreviation}`, placeDate)}
<h1>BÁO CÁO<span class="en">Monthly report</span></h1>
<p class="subject">${subject}</p>
<p>Kính gửi: Bộ Khoa học và Công nghệ.<span class="en">To: the Ministry of Science and Technology.</span></p>
${stamp}
<h2>I. Kết quả truyền thông trên chuyên mục<span class="en">What the column published (computed from published content)</span></h2>
${table('figures', 'Bảng 1. Số liệu từ nội dung đã xuất bản (Figures from published content)')}
<h2>II. Các hoạt động khác<span class="en">Other activities (entered by the body)</span></h2>
${table('entered', 'Bảng 2. Số liệu cơ quan báo cáo (Entered by the body)')}
<h2>III. Khó khăn, vướng mắc<span class="en">Difficulties</span></h2><p>${text('difficulties')}</p>
<h2>IV. Đề xuất, kiến nghị<span class="en">Proposals</span></h2><p>${text('proposals')}</p>
${history}
<p class="noprint">${esc(statusWords(row))}</p>
<div class="sign"><div class="recipients"><p><strong><em>Nơi nhận:</em></strong></p><p>- Bộ Khoa học và Công nghệ;<br>- Lưu: VT.</p></div>
<div class="who"><p>Thủ trưởng cơ quan</p><p class="en">(Ký, ghi rõ họ tên, đóng dấu)</p></div></div>`;
  return page(`Báo cáo ${label.vi}: ${body.nameVi} (${body.nameEn}, ${label.en})`, content);
}
