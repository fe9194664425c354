import type { Bilingual } from '@column57/i18n';
import { programmeOfficeSlug } from '../../access/actor';
import { inEach } from '../../validation/field-error';
import { REPORT_FIELD_TEXT } from '../messages';
import type { BodyInfo, BodyMonth, NationalPicture, ReportVersion } from '../national';
import { monthLabel, type ReportingPeriod, vnDate } from '../period';
import { bracketed, EXPORT_TEXT as TEXT } from './messages';
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
/** The Vietnamese, then the English in smaller type under it (the class "en"); in a sentence, after a space. */
const withEnglishBelow = (text: Bilingual, space = '') => `${text.vi}${space}<span class="en">${text.en}</span>`;
/** "Bảng 2. Dự toán theo loại hoạt động (Budget by activity kind)": a table's caption, numbered in Vietnamese. */
const numbered = (number: number, text: Bilingual) => `${TEXT.t('vi', 'tableNumber', { number })}. ${bracketed(text)}`;
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
  const [day, month] = [d.getUTCDate(), d.getUTCMonth() + 1].map((n) => String(n).padStart(2, '0'));
  return TEXT.t('vi', 'longDate', { day, month, year: d.getUTCFullYear() });
}

function header(issuer: string, numberLine: string, placeDate: string): string {
  return (
    `<div class="header"><div><p class="issuer">${esc(issuer)}</p><p class="number">${esc(numberLine)}</p></div>` +
    `<div><p class="motto">${TEXT.t('vi', 'motto')}</p><p class="motto-sub">${TEXT.t('vi', 'mottoSub')}</p>` +
    `<p class="place">${esc(placeDate)}</p></div></div>`
  );
}

/** The period in each language, its days written the Vietnamese way, then as ISO dates. */
const periodWords = (period: ReportingPeriod) =>
  `${TEXT.t('vi', 'period', { from: vnDate(period.from), to: vnDate(period.to) })}; ${TEXT.t('en', 'period', period)}`;

const recipientsHeading = `<p><strong><em>${TEXT.t('vi', 'recipients')}</em></strong></p>`;
/** The recipients of a report, one line each, the last one the issuer's own archive. */
const recipientLines = (recipients: string[]) => `<p>${[...recipients, TEXT.t('vi', 'filed')].map((r) => `- ${r}`).join(';<br>')}.</p>`;

/** The national summary for a month: targets with their trend, who is overdue, every body, the plans. */
export function nationalHtml(picture: NationalPicture, options: { programmeOffice?: BodyInfo | null } = {}): string {
  const label = monthLabel(picture.month);
  const issuer = options.programmeOffice?.nameVi ?? TEXT.t('vi', 'ministry');
  const targets = picture.targets
    .map((t) => {
      const shownValue = t.value === null ? '—' : `${vnNumber.format(t.value)}%`;
      const goalWords = withEnglishBelow(TEXT.pair('goalBy', { goal: t.goal, by: t.by }), ' ');
      const basis =
        t.key === 'grassrootsReach'
          ? TEXT.t('vi', 'meanOfProvinces', { count: t.bodies.length - t.missing.length })
          : `${vnNumber.format(t.numerator)} / ${vnNumber.format(t.denominator)}`;
      const withoutData = withEnglishBelow(TEXT.pair('withoutData', { count: t.missing.length }), ' ');
      const trend = trendSvg({
        id: `chart-${t.key}`,
        title: bracketed(inEach((locale) => TEXT.t(locale, 'byMonth', { target: t[locale] }))),
        goal: t.goal,
        points: t.trend.map((p) => ({ label: p.month.slice(5) + '/' + p.month.slice(2, 4), value: p.value })),
      });
      return `<section class="target" data-target="${esc(t.key)}" aria-labelledby="target-${esc(t.key)}">
<p id="target-${esc(t.key)}"><strong>${esc(t.vi)}</strong><span class="en">${esc(t.en)}</span></p>
<p><span class="value" data-key="value" data-value="${esc(t.value ?? '')}">${shownValue}</span> / ${goalWords}</p>
<p>${basis}; ${withoutData}</p>
${trend}
<details><summary>${bracketed(TEXT.pair('bodiesBehind'))}</summary>${htmlTable(
        {
          columns: [
            { key: 'body', ...TEXT.pair('body'), kind: 'text', value: (b: (typeof t.bodies)[number]) => b.name },
            { key: 'value', ...TEXT.pair('reached'), kind: 'percent', value: (b) => b.value },
            { key: 'numerator', ...TEXT.pair('numerator'), kind: 'number', value: (b) => b.numerator },
            { key: 'denominator', ...TEXT.pair('denominator'), kind: 'number', value: (b) => b.denominator },
            // Grassroots coverage says, body by body, whether it was weighted by population or counted.
            ...(t.key === 'grassrootsReach'
              ? [
                  {
                    key: 'basis',
                    ...TEXT.pair('coverageBasis'),
                    kind: 'text' as const,
                    value: (b: (typeof t.bodies)[number]) =>
                      b.basis ? TEXT.both(b.basis === 'population' ? 'byPopulation' : 'byCount') : null,
                  },
                ]
              : []),
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
    : `<p>${withEnglishBelow(TEXT.pair('noneOverdue'), ' ')}</p>`;
  const subject =
    TEXT.t('vi', 'nationalSubject', { month: esc(label.vi) }) +
    `<span class="en">${TEXT.t('en', 'nationalSubject', { month: esc(label.en) })} (${esc(periodWords(picture.period))})</span>`;
  const { year, issued, total } = picture.plans;
  const plansIssued = TEXT.t('en', 'plansIssued', { issued, total: vnNumber.format(total) });
  const plans = TEXT.pair('plansHeading', { year });
  const plansHeading = `III. ${withEnglishBelow({ vi: plans.vi, en: `${plans.en}: ${plansIssued}` })}`;
  const annexHeading = withEnglishBelow(inEach((locale) => TEXT.t(locale, 'annexHeading', { month: esc(label[locale]) })));
  const annexCaption = `${TEXT.t('vi', 'tableNumber', { number: 4 })}. ${picture.rows.length} ${bracketed(TEXT.pair('bodies'))}`;
  const annexTable = htmlTable(bodiesTable(picture), annexCaption, (r) => (r === 'total' ? 'total' : r.body.slug));
  const recipients = recipientLines([TEXT.t('vi', 'primeMinister'), TEXT.t('vi', 'steeringCommittee')]);
  const placeDate = TEXT.t('vi', 'inHanoi', { date: vnLongDate(picture.generatedAt) });
  const content = `${header(issuer, TEXT.t('vi', 'documentNumber', { symbol: 'BKHCN' }), placeDate)}
<h1>${withEnglishBelow(TEXT.pair('nationalTitle'))}</h1>
<p class="subject">${subject}</p>
<h2>I. ${withEnglishBelow(TEXT.pair('targetsHeading'))}</h2>
<div class="targets">${targets}</div>
${htmlTable(targetsTable(picture), numbered(1, TEXT.pair('targets')), (t) => t.key)}
<h2>II. ${withEnglishBelow(TEXT.pair('overdueHeading'))}</h2>
${overdue}
<h2>${plansHeading}</h2>
${htmlTable(planKindsTable(picture), numbered(2, TEXT.pair('budgetByKind')), ([k]) => k)}
${htmlTable(plansTable(picture), numbered(3, TEXT.pair('plansByBody')), (p) => p.slug)}
<section class="annex"><h2>${annexHeading}</h2>
${annexTable}</section>
<div class="sign"><div class="recipients">${recipientsHeading}${recipients}</div>
<div class="who"><p>${esc(issuer)}</p><p class="en">${TEXT.t('vi', 'signature')}</p></div></div>`;
  return page(bracketed(inEach((locale) => TEXT.t(locale, 'nationalPageTitle', { month: label[locale] }))), content, true);
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
          { key: 'item', ...TEXT.pair('item'), kind: 'text', value: (l: (typeof lines)[number]) => bracketed(l) },
          { key: 'value', ...TEXT.pair('value'), kind: 'number', value: (l) => l.value, kindOf: (l) => l.kind },
        ],
        rows: lines.filter((l) => section === l.section && !['difficulties', 'proposals'].includes(l.key)),
      },
      caption,
      (l) => l.key,
    );
  const stamp = (() => {
    if (!shown) return `<p class="stamp">${TEXT.both('noReportYet')}</p>`;
    const version = { version: shown.version };
    if (shown.status !== 'submitted') {
      return `<p class="stamp">${TEXT.t('vi', 'draftVersion', version)} / ${TEXT.t('en', 'draftNotSubmitted')}</p>`;
    }
    const date = esc(shown.submittedAt ? vnLongDate(shown.submittedAt) : '');
    const late = shown.late ? ` (${TEXT.both('late')})` : '';
    const submitted = TEXT.pair('versionSubmitted', version);
    return `<p>${withEnglishBelow({ vi: `${submitted.vi} ${date}${late}`, en: submitted.en })}</p>`;
  })();
  const versionItem = (v: ReportVersion) => {
    const date = esc(v.submittedAt ? vnLongDate(v.submittedAt) : '');
    const state = v.status === 'submitted' ? TEXT.t('vi', 'submittedOnDate', { date }) : TEXT.t('vi', 'beingDrafted');
    const reason = v.amendmentReason ? `, ${TEXT.t('vi', 'amendmentReason', { reason: esc(v.amendmentReason) })}` : '';
    return `<li data-version="${v.version}">${TEXT.t('vi', 'versionLine', { version: v.version, state })}${reason}</li>`;
  };
  const history =
    report.versions.length > 1
      ? `<h2>${withEnglishBelow(TEXT.pair('versionsHeading'))}</h2><ul>${report.versions.map(versionItem).join('')}</ul>`
      : '';
  const text = (key: string) => esc(shown?.entered[key] ?? '') || withEnglishBelow(TEXT.pair('none'), ' ');
  // The symbol after BC- is the issuing body's own; provinces sign as their People's Committee.
  const abbreviation = body.slug === programmeOfficeSlug() ? 'BKHCN' : body.central ? '......' : 'UBND';
  const placeDate = `......, ${vnLongDate(shown?.submittedAt ?? report.generatedAt)}`;
  const subject =
    TEXT.t('vi', 'bodySubject', { month: esc(label.vi) }) +
    `<span class="en">${TEXT.t('en', 'bodySubject', { month: esc(label.en) })} (${esc(periodWords(period))})</span>`;
  const ministry = TEXT.pair('ministry');
  const to = inEach((locale) => TEXT.t(locale, 'to', { recipient: ministry[locale] }));
  const content = `${header(body.nameVi, TEXT.t('vi', 'documentNumber', { symbol: abbreviation }), placeDate)}
<h1>${withEnglishBelow(TEXT.pair('bodyTitle'))}</h1>
<p class="subject">${subject}</p>
<p>${withEnglishBelow(to)}</p>
${stamp}
<h2>I. ${withEnglishBelow(TEXT.pair('publishedHeading'))}</h2>
${table('figures', numbered(1, TEXT.pair('publishedCaption')))}
<h2>II. ${withEnglishBelow(TEXT.pair('enteredHeading'))}</h2>
${table('entered', numbered(2, TEXT.pair('enteredCaption')))}
<h2>III. ${withEnglishBelow(REPORT_FIELD_TEXT.pair('difficulties'))}</h2><p>${text('difficulties')}</p>
<h2>IV. ${withEnglishBelow(REPORT_FIELD_TEXT.pair('proposals'))}</h2><p>${text('proposals')}</p>
${history}
<p class="noprint">${esc(statusWords(row))}</p>
<div class="sign"><div class="recipients">${recipientsHeading}${recipientLines([ministry.vi])}</div>
<div class="who"><p>${TEXT.t('vi', 'headOfBody')}</p><p class="en">${TEXT.t('vi', 'signature')}</p></div></div>`;
  const pageTitle = inEach((locale) =>
    TEXT.t(locale, 'bodyPageTitle', { month: label[locale], body: locale === 'vi' ? body.nameVi : body.nameEn }),
  );
  return page(bracketed(pageTitle), content);
}
