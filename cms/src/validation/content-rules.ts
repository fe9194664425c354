import type { Core, UID } from '@strapi/strapi';
import { isDocumentNumber, slugOfDocumentNumber } from './document-number';
import { webAddressProblems } from './web-address';
import { type FieldProblem, throwIfProblems } from './field-error';

type Entry = Record<string, any>;
type Rule = (entry: Entry, ctx: RuleContext) => Promise<FieldProblem[]> | FieldProblem[];
interface RuleContext {
  strapi: Core.Strapi;
  uid: string;
  documentId?: string;
  locale?: string;
}

const IMAGE_ASSET_KINDS = new Set(['image', 'infographic', 'poster', 'banner']);

/** The document id a relation value points at: undefined = not given, null = cleared. */
export function relationTarget(value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length ? relationTarget(value[0]) : null;
  if (typeof value === 'object') {
    const v = value as Record<string, any>;
    if (typeof v.documentId === 'string') return v.documentId;
    for (const key of ['set', 'connect']) {
      if (Array.isArray(v[key])) return v[key].length ? relationTarget(v[key][0]) : key === 'set' ? null : undefined;
    }
    if (Array.isArray(v.disconnect) && v.disconnect.length) return null;
  }
  return undefined;
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const mediaPresent = (v: unknown) => !(v === undefined || v === null || (Array.isArray(v) && v.length === 0));

function dateOrder(entry: Entry, from: string, to: string, labels: { vi: string; en: string }): FieldProblem[] {
  if (entry[from] && entry[to] && String(entry[to]) < String(entry[from])) {
    return [
      {
        field: to,
        vi: `${labels.vi} (${entry[to]}) trước ngày bắt đầu (${entry[from]}); hãy chọn ngày không sớm hơn ngày bắt đầu`,
        en: `${labels.en} (${entry[to]}) is before the start date (${entry[from]}); pick a date on or after it`,
      },
    ];
  }
  return [];
}

function scopeProblems(entry: Entry): FieldProblem[] {
  const body = entry.body;
  if (entry.national && body) {
    return [
      {
        field: 'body',
        vi: 'Nội dung toàn quốc không thuộc cơ quan nào; hãy bỏ chọn cơ quan hoặc bỏ đánh dấu "toàn quốc"',
        en: 'national content belongs to no body: clear the body or untick "national"',
      },
    ];
  }
  if (!entry.national && !body) {
    return [
      {
        field: 'body',
        vi: 'Chưa chọn cơ quan sở hữu; hãy chọn cơ quan hoặc đánh dấu "toàn quốc"',
        en: 'no owning body: choose a body or tick "national"',
      },
    ];
  }
  return [];
}

/** Another document with the same value in the same scope (body, or national) and locale. */
async function clashes(ctx: RuleContext, entry: Entry, field: string, localized: boolean): Promise<boolean> {
  const where: Record<string, unknown> = { [field]: entry[field] };
  if (ctx.documentId) where.documentId = { $ne: ctx.documentId };
  if (localized && ctx.locale) where.locale = ctx.locale;
  if (entry.body) where.body = { documentId: entry.body };
  else where.national = true;
  const count = await ctx.strapi.db.query(ctx.uid as any).count({ where });
  return count > 0;
}

async function uniqueSlug(entry: Entry, ctx: RuleContext, localized: boolean, noun: { vi: string; en: string }): Promise<FieldProblem[]> {
  if (isBlank(entry.slug) || (!entry.body && !entry.national)) return [];
  if (!(await clashes(ctx, entry, 'slug', localized))) return [];
  return [
    {
      field: 'slug',
      vi: `Đường dẫn "${entry.slug}" đã được dùng cho ${noun.vi} khác của cùng chuyên mục; hãy đặt đường dẫn khác`,
      en: `the slug "${entry.slug}" is already used by another ${noun.en} of the same column; choose a different slug`,
    },
  ];
}

/** Articles, honours and tasks always belong to a body (editors get theirs from their account). */
const bodyRequired: Rule = (e) =>
  e.body
    ? []
    : [{ field: 'body', vi: 'Chưa chọn cơ quan sở hữu; hãy chọn cơ quan', en: 'no owning body: choose the body this belongs to' }];

/** A scheduled unpublish must come after the scheduled publish, and neither may be nonsense. */
const scheduleOrder: Rule = (e) => {
  if (e.publishAt && e.unpublishAt && Date.parse(e.unpublishAt) <= Date.parse(e.publishAt)) {
    return [
      {
        field: 'unpublishAt',
        vi: `Giờ hẹn gỡ (${e.unpublishAt}) không sau giờ hẹn xuất bản (${e.publishAt}); hãy chọn thời điểm muộn hơn hoặc xoá giờ hẹn gỡ`,
        en: `the scheduled unpublish (${e.unpublishAt}) is not after the scheduled publish (${e.publishAt}); pick a later time or clear it`,
      },
    ];
  }
  return [];
};

const RULES: Record<string, Rule[]> = {
  'api::article.article': [
    bodyRequired,
    scheduleOrder,
    (e) =>
      mediaPresent(e.cover) && isBlank(e.coverAlt)
        ? [
            {
              field: 'coverAlt',
              vi: 'Ảnh đại diện chưa có mô tả thay thế (alt); hãy mô tả nội dung ảnh cho người khiếm thị',
              en: 'the cover image has no alt text; describe the picture for readers who cannot see it',
            },
          ]
        : [],
    (e, ctx) => uniqueSlug(e, ctx, true, { vi: 'bài viết', en: 'article' }),
  ],
  'api::resolution-document.resolution-document': [
    (e) =>
      !isBlank(e.number) && !isDocumentNumber(String(e.number))
        ? [
            {
              field: 'number',
              vi: `Số, ký hiệu "${e.number}" không đúng dạng; hãy viết như 57-NQ/TW, 03/NQ-CP, 193/2025/QH15 hoặc 1169/QĐ-TTg`,
              en: `the number/symbol "${e.number}" is malformed; write it like 57-NQ/TW, 03/NQ-CP, 193/2025/QH15 or 1169/QĐ-TTg`,
            },
          ]
        : [],
    (e) => dateOrder(e, 'issueDate', 'effectiveDate', { vi: 'Ngày có hiệu lực', en: 'the effective date' }),
    scopeProblems,
    (e, ctx) => uniqueSlug(e, ctx, false, { vi: 'văn bản', en: 'document' }),
  ],
  'api::campaign.campaign': [
    (e) => dateOrder(e, 'startDate', 'endDate', { vi: 'Ngày kết thúc', en: 'the end date' }),
    scheduleOrder,
    scopeProblems,
    (e, ctx) => uniqueSlug(e, ctx, false, { vi: 'chiến dịch', en: 'campaign' }),
    (e) =>
      (Array.isArray(e.assets) ? e.assets : []).flatMap((asset: Entry, i: number): FieldProblem[] => {
        const problems: FieldProblem[] = [];
        if (asset.kind === 'video-link') {
          if (isBlank(asset.url)) {
            problems.push({
              field: `assets.${i}.url`,
              vi: 'Tài liệu dạng video cần đường dẫn https://',
              en: 'a video-link asset needs an https:// URL',
            });
          }
        } else if (!mediaPresent(asset.file)) {
          problems.push({ field: `assets.${i}.file`, vi: 'Chưa chọn tệp cho tài liệu này', en: 'choose a file for this asset' });
        }
        // Any address on an asset becomes a link in the column: http(s) only (a video link https).
        problems.push(...webAddressProblems(`assets.${i}.url`, asset.url, asset.kind === 'video-link'));
        if (IMAGE_ASSET_KINDS.has(asset.kind) && isBlank(asset.alt)) {
          problems.push({
            field: `assets.${i}.alt`,
            vi: 'Hình ảnh chưa có mô tả thay thế (alt)',
            en: 'this image has no alt text; describe it',
          });
        }
        return problems;
      }),
  ],
  'api::honour.honour': [
    bodyRequired,
    (e) =>
      mediaPresent(e.photo) && isBlank(e.photoAlt)
        ? [{ field: 'photoAlt', vi: 'Ảnh chưa có mô tả thay thế (alt)', en: 'the photo has no alt text; describe it' }]
        : [],
  ],
  'api::st-task.st-task': [
    bodyRequired,
    (e) => dateOrder(e, 'startDate', 'endDate', { vi: 'Ngày kết thúc', en: 'the end date' }),
    async (e, ctx) =>
      !isBlank(e.code) && e.body && (await clashes(ctx, e, 'code', false))
        ? [
            {
              field: 'code',
              vi: `Mã nhiệm vụ "${e.code}" đã có trong cơ quan này; hãy dùng mã khác`,
              en: `task code "${e.code}" already exists in this body; use another code`,
            },
          ]
        : [],
  ],
  'api::body.body': [
    (e) =>
      !isBlank(e.basePath) && !/^\/(?:[a-z0-9-]+\/)*$/.test(String(e.basePath))
        ? [
            {
              field: 'basePath',
              vi:
                `Đường dẫn gốc "${e.basePath}" phải bắt đầu và kết thúc bằng "/", ` +
                'chỉ gồm chữ thường không dấu, số và "-", ví dụ /nghi-quyet-57/',
              en: `base path "${e.basePath}" must start and end with "/" and use lowercase ascii, digits and "-", e.g. /nghi-quyet-57/`,
            },
          ]
        : [],
    (e) => webAddressProblems('portalUrl', e.portalUrl),
    (e) =>
      !isBlank(e.publicBaseUrl) && !/^https?:\/\/[^/\s]+$/.test(String(e.publicBaseUrl))
        ? [
            {
              field: 'publicBaseUrl',
              vi: `Địa chỉ công khai "${e.publicBaseUrl}" phải là dạng https://ten-mien (không có đường dẫn phía sau)`,
              en: `public base URL "${e.publicBaseUrl}" must be an origin like https://example.gov.vn (no path)`,
            },
          ]
        : [],
    (e) =>
      String(e.embedOrigins ?? '')
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean)
        .filter((origin) => !/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i.test(origin))
        .map((origin) => ({
          field: 'embedOrigins',
          vi: `"${origin}" không phải một nguồn (origin) hợp lệ; mỗi dòng một nguồn dạng https://cong.tinh.gov.vn`,
          en: `"${origin}" is not an origin; one per line, like https://portal.province.gov.vn`,
        })),
  ],
};

/** Fill what the server can derive (a document's slug from its number) before the rules run. */
function derive(uid: string, data: Entry) {
  if (uid === 'api::resolution-document.resolution-document' && isBlank(data.slug) && !isBlank(data.number)) {
    data.slug = slugOfDocumentNumber(String(data.number));
  }
}

/**
 * What the rules read of a component: its media and nested components. `populate: true` on a component
 * loads its scalar fields only, so a stored asset's file looked missing and a campaign could not be published.
 */
function componentPopulate(strapi: Core.Strapi, component: string): Record<string, unknown> | true {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(strapi.components[component as UID.Component].attributes as Record<string, any>)) {
    if (attribute.type === 'media') populate[name] = true;
    if (attribute.type === 'component') populate[name] = { populate: componentPopulate(strapi, attribute.component) };
  }
  return Object.keys(populate).length ? populate : true;
}

async function existingDraft(strapi: Core.Strapi, uid: string, documentId: string, locale?: string): Promise<Entry | null> {
  const attributes = strapi.contentType(uid as any).attributes as Record<string, any>;
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'media') populate[name] = true;
    if (attribute.type === 'component') populate[name] = { populate: componentPopulate(strapi, attribute.component) };
    if (attribute.type === 'relation' && name === 'body') populate[name] = { select: ['documentId'] };
  }
  const hasDraft = Boolean(strapi.contentType(uid as any).options?.draftAndPublish);
  const base: Record<string, unknown> = { documentId, ...(hasDraft ? { publishedAt: null } : {}) };
  const query = strapi.db.query(uid as any);
  const entry =
    (locale ? await query.findOne({ where: { ...base, locale }, populate }) : null) ?? (await query.findOne({ where: base, populate }));
  if (!entry) return null;
  return { ...entry, body: entry.body?.documentId ?? null };
}

/** Runs the rules on what the entry will be after this write: what is stored, overlaid with the request. */
export function registerContentRules(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const rules = RULES[context.uid];
    if (!rules || !['create', 'update', 'publish'].includes(context.action)) return next();
    const params = context.params as Record<string, any>;
    const data: Entry = params.data ?? {};
    if (context.action !== 'publish') derive(context.uid, data);
    const stored = params.documentId ? await existingDraft(strapi, context.uid, params.documentId, params.locale) : null;
    const incoming: Entry = { ...data };
    const target = relationTarget(data.body);
    if (target !== undefined) incoming.body = target;
    else delete incoming.body;
    const entry = { ...(stored ?? {}), ...incoming };
    const ruleContext: RuleContext = { strapi, uid: context.uid, documentId: params.documentId, locale: params.locale ?? 'vi' };
    const problems = (await Promise.all(rules.map((rule) => rule(entry, ruleContext)))).flat();
    throwIfProblems(problems);
    return next();
  });
}
