import type { Core } from '@strapi/strapi';
import { figuresOf, loadActivity } from '../reporting/figures';
import { PLAN, REPORT } from '../reporting/guard';
import { addMonths, periodOf, vnDay, vnMonth } from '../reporting/period';
import { CMS_LOG_TEXT } from '../log-messages';

/** Bump when the demo reporting history changes shape. */
export const REPORTING_SEED_VERSION = 1;

type Json = Record<string, any>;
type Plot = 'on-time' | 'late' | 'draft' | 'missing' | 'amended';

/**
 * A few bodies' last five months of reporting, each telling a different story for the dashboard:
 * always on time, an amendment, a late report, a draft never sent, a month with no report at all.
 * Months are counted back from today, so the demo always has a recent history.
 */
const STORIES: Record<string, { central: boolean; plots: Plot[]; plan: { number: string; date: string } | null }> = {
  hanoi: { central: false, plots: ['on-time', 'on-time', 'amended', 'on-time', 'on-time'], plan: { number: '125/KH-UBND', date: '01-20' } },
  mst: { central: true, plots: ['on-time', 'on-time', 'on-time', 'on-time', 'on-time'], plan: { number: '245/KH-BKHCN', date: '01-10' } },
  danang: { central: false, plots: ['on-time', 'on-time', 'on-time', 'on-time', 'draft'], plan: { number: '38/KH-UBND', date: '02-14' } },
  laocai: { central: false, plots: ['on-time', 'on-time', 'late', 'on-time', 'late'], plan: { number: '17/KH-UBND', date: '03-05' } },
  moet: { central: true, plots: ['on-time', 'late', 'on-time', 'on-time', 'missing'], plan: null },
  hue: { central: false, plots: ['on-time', 'on-time', 'on-time', 'on-time', 'on-time'], plan: { number: '62/KH-UBND', date: '02-01' } },
};

const DIFFICULTIES = [
  'Đội ngũ làm truyền thông còn mỏng, phần lớn kiêm nhiệm; kinh phí sản xuất video còn hạn chế.',
  'Một số xã chưa có bảng tin điện tử công cộng; đường truyền ở vùng cao chưa ổn định.',
  'Việc số hóa hồ sơ nhiệm vụ khoa học và công nghệ cũ còn chậm, khó tổng hợp để truyền thông.',
];
const PROPOSALS = [
  'Đề nghị Bộ Khoa học và Công nghệ cung cấp thêm bộ tài liệu truyền thông mẫu bằng tiếng dân tộc thiểu số.',
  'Đề nghị tổ chức lớp bồi dưỡng kỹ năng truyền thông số cho cán bộ cấp xã trong quý tới.',
  'Kiến nghị hướng dẫn thống nhất cách ước tính tỷ lệ người dân được tiếp cận qua thông tin cơ sở.',
];

function entered(slug: string, index: number, step: number, central: boolean): Json {
  const seed = slug.length * 7 + index * 13;
  const officialsTotal = 1800 + seed * 23;
  const commStaff = 36 + (seed % 17) * 3;
  return {
    columnUrl: `https://${slug}.gov.vn/nghi-quyet-57/`,
    columnStatus: slug === 'laocai' && step < 2 ? 'building' : 'live',
    officialsTotal,
    officialsInformed: Math.round(officialsTotal * Math.min(0.98, 0.62 + 0.08 * step)),
    trainingSessions: 1 + ((seed + step) % 3),
    trainees: 25 + ((seed * 3 + step * 11) % 60),
    commStaff,
    commStaffTrained: Math.round(commStaff * Math.min(0.9, 0.3 + 0.09 * step)),
    grassrootsBroadcasts: central ? 0 : 40 + ((seed + step * 9) % 50),
    bulletinItems: central ? 0 : 12 + ((seed + step * 5) % 30),
    grassrootsReachPercent: central ? null : Math.round(10 * (54 + step * 4.5 + (seed % 5))) / 10,
    pressProducts: 2 + ((seed + step) % 7),
    budgetSpent: (45 + ((seed * 5 + step * 17) % 130)) * 1_000_000,
    difficulties: DIFFICULTIES[(seed + step) % DIFFICULTIES.length],
    proposals: PROPOSALS[(seed + step) % PROPOSALS.length],
  };
}

const at = (day: string, hourVn: number) => new Date(Date.parse(`${day}T00:00:00Z`) + (hourVn - 7) * 3600_000).toISOString();

export async function seedReportingHistory(strapi: Core.Strapi, log: (m: string) => void = (m) => strapi.log.info(m), now = new Date()) {
  const store = strapi.store({ type: 'plugin', name: 'column57' });
  if ((await store.get({ key: 'reportingSeedVersion' })) === REPORTING_SEED_VERSION) return false;
  const activity = await loadActivity(strapi);
  const current = vnMonth(now);
  const months = [5, 4, 3, 2, 1].map((back) => addMonths(current, -back));
  const docs = strapi.documents(REPORT as any);
  let count = 0;
  for (const [index, [slug, story]] of Object.entries(STORIES).entries()) {
    const body = await strapi.db.query('api::body.body').findOne({ where: { slug }, select: ['documentId'] });
    if (!body) continue;
    for (const [step, month] of months.entries()) {
      const plot = story.plots[step];
      if (plot === 'missing') continue;
      // Seeding again after an interrupted start adds nothing twice.
      if (await strapi.db.query(REPORT).count({ where: { month, body: { documentId: body.documentId } } })) continue;
      const period = periodOf(month);
      const figures = figuresOf(activity, body.documentId, period);
      const base: Json = {
        body: body.documentId,
        month,
        figures,
        figuresAt: at(`${month}-18`, 9),
        ...entered(slug, index, step, story.central),
      };
      if (plot === 'draft') {
        await docs.create({ data: { ...base, version: 1, reportStatus: 'draft', overdue: now > period.dueBy } } as any);
        count++;
        continue;
      }
      const submittedDay = plot === 'late' ? `${month}-23` : `${month}-${String(16 + (index % 4)).padStart(2, '0')}`;
      const submitted = {
        reportStatus: 'submitted',
        submittedAt: at(submittedDay, 10),
        submittedBy: `Người duyệt đăng <duyet.${slug}@column57.local>`,
        late: plot === 'late',
      };
      await docs.create({ data: { ...base, ...submitted, version: 1 } } as any);
      count++;
      if (plot === 'amended') {
        // The first version under-counted the trainees; the amendment corrects it a few days later.
        const fixed = { ...base, trainees: base.trainees + 40, trainingSessions: base.trainingSessions + 1 };
        await docs.create({
          data: {
            ...fixed,
            ...submitted,
            submittedAt: at(`${month}-25`, 15),
            version: 2,
            amendmentReason: 'Bổ sung một lớp tập huấn tổ chức ngày cuối kỳ nhưng chưa được tính trong phiên bản 1.',
          },
        } as any);
        count++;
      }
    }
    const year = Number(current.slice(0, 4));
    if (story.plan && !(await strapi.db.query(PLAN).count({ where: { year, body: { documentId: body.documentId } } }))) {
      // Early in the year a plan may not be signed yet: never a date after today.
      const today = vnDay(now);
      const planned = `${year}-${story.plan.date}`;
      await strapi.documents(PLAN as any).create({
        data: {
          body: body.documentId,
          year,
          documentNumber: story.plan.number,
          documentDate: planned <= today ? planned : today,
          title: `Kế hoạch truyền thông thực hiện Nghị quyết số 57-NQ/TW năm ${year}`,
          activities: [
            {
              kind: 'portal-column',
              description: 'Duy trì, cập nhật chuyên mục Nghị quyết 57 trên cổng thông tin',
              budget: String(120_000_000 + index * 15_000_000),
              quarter: 'all-year',
            },
            {
              kind: 'press',
              description: 'Phối hợp cơ quan báo chí thực hiện loạt bài về đổi mới sáng tạo',
              budget: String(250_000_000 + index * 40_000_000),
              quarter: 'all-year',
            },
            {
              kind: 'training',
              description: 'Tập huấn kỹ năng truyền thông số cho cán bộ',
              budget: String(90_000_000 + index * 10_000_000),
              quarter: 'q2',
            },
            ...(story.central
              ? []
              : [
                  {
                    kind: 'grassroots',
                    description: 'Tin, bài phát trên hệ thống thông tin cơ sở và bảng tin điện tử',
                    budget: String(60_000_000 + index * 8_000_000),
                    quarter: 'all-year',
                  },
                ]),
            { kind: 'honours', description: 'Tôn vinh tổ chức, cá nhân có đóng góp tiêu biểu', budget: String(40_000_000), quarter: 'q4' },
          ],
        },
      } as any);
    }
  }
  await store.set({ key: 'reportingSeedVersion', value: REPORTING_SEED_VERSION });
  log(CMS_LOG_TEXT.both('seededReports', { count, bodies: Object.keys(STORIES).length, from: months[0], to: months[months.length - 1] }));
  return true;
}
