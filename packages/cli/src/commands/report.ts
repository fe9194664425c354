import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { resolveConnection } from '@column57/snapshot';
import { type CommandSpec, UsageError } from '../args.ts';
import { ROOT } from '../root.ts';
import { both, pair, summary } from '../messages.ts';

const FORMATS = ['xlsx', 'csv', 'html', 'json'];

/** Reads the CMS's error answer into one line: Strapi puts the field and the fix in error.message. */
async function problemOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    return JSON.parse(text)?.error?.message ?? text;
  } catch {
    return text.slice(0, 300);
  }
}

export const reportCommand: CommandSpec = {
  name: 'report',
  summary: summary('reportSummary'),
  usage: 'column57 report --month YYYY-MM [--body SLUG] --format xlsx|csv|html|json --out FILE [--cms URL] [--token TOKEN]',
  options: {
    month: { type: 'string', short: 'm' },
    body: { type: 'string', short: 'b' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    cms: { type: 'string' },
    token: { type: 'string' },
  },
  help: [
    `-m, --month YYYY-MM   ${both('reportMonth')} (${pair('reportPeriod').vi}; ${pair('reportPeriod').en})`,
    `-b, --body SLUG       ${both('reportBody')}`,
    `-f, --format FORMAT   xlsx, csv, html (${both('reportPrintable')}) or json`,
    `-o, --out FILE        ${both('reportOut')}`,
    `    --cms URL         ${both('cmsAddress')}`,
    `    --token TOKEN     ${both('reportToken')}`,
  ],
  async run(values) {
    const month = values.month as string | undefined;
    const format = (values.format as string | undefined) ?? 'xlsx';
    const out = values.out as string | undefined;
    if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month: "${month ?? ''}" ${both('reportMonthForm')}`);
    if (!FORMATS.includes(format))
      throw new UsageError(`--format: "${format}" ${both('reportFormatUnsupported', { formats: FORMATS.join(', ') })}`);
    if (!out) throw new UsageError(`--out FILE ${both('reportOutRequired')}`);
    // Its own token: the generator's reads published content only, never reports.
    const cms = resolveConnection(ROOT, values.cms as string | undefined, values.token as string | undefined, {
      file: 'report-token',
      env: 'COLUMN57_REPORT_TOKEN',
    });
    const query = new URLSearchParams({ month, format, ...(values.body ? { body: String(values.body) } : {}) });
    let response: Response;
    try {
      response = await fetch(`${cms.url}/api/column57/report?${query}`, { headers: { Authorization: `Bearer ${cms.token}` } });
    } catch (error) {
      const reason = String((error as Error).cause ?? (error as Error).message);
      throw new Error(both('reportCannotReachCms', { url: cms.url, reason }), { cause: error });
    }
    if (!response.ok) throw new Error(both('cmsAnswered', { status: response.status, problem: await problemOf(response) }));
    const bytes = Buffer.from(await response.arrayBuffer());
    const target = resolve(out);
    mkdirSync(dirname(target), { recursive: true });
    // Beside the target, then renamed: a reader never opens half a workbook.
    const partial = `${target}.partial-${process.pid}`;
    writeFileSync(partial, bytes);
    renameSync(partial, target);
    console.error(
      `column57 report: ${values.body ? `${values.body}, ` : `${both('reportNational')}, `}${month}, ${format}: ` +
        `${target} (${bytes.length} bytes)`,
    );
    return 0;
  },
};
