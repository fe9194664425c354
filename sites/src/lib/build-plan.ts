import { LOCALES, type Locale } from '@column57/snapshot';
import { z } from 'zod';
import { PLAN_TEXT } from './plan-text.ts';

// The build plan: what packages/builder gives one renderer (sites/renderer/worker.ts, or `astro build`),
// as a JSON file named by COLUMN57_BUILD_PLAN. The site owns its format (the builder imports it from here,
// never the other way), and the renderer checks a plan against it before rendering anything.

/**
 * One image in the sizes the build made of it (paths relative to a column's root). Each size carries the
 * bytes of its JPEG/PNG file, for what must state them (a feed's enclosure): the files are named by the
 * hash of their source and made the same way every time, so their sizes are known when they are made.
 */
export interface ImageVariants {
  width: number;
  height: number;
  sources: Array<{ width: number; webp: string; fallback: string; fallbackBytes: number }>;
  fallbackMime: string;
}

/**
 * A body's emblem as its columns' favicon and header show it (48 CSS px, made twice that for sharp
 * screens): a square PNG the builder makes of every logo it made variants of, at this column path.
 */
export const LOGO_ICON_SIZE = 96;
export const logoIconPath = (hash: string) => `media/${hash}-icon${LOGO_ICON_SIZE}.png`;

/** An article as the national hub lists it under its body: in the page's language, or Vietnamese where it has none. */
export interface HubItem {
  /** The article's CMS document id: the hub's feed gives the item its column's GUID. */
  id: string;
  slug: string;
  title: string;
  locale: Locale;
  publishDate: string;
}
export type HubLatest = Record<Locale, HubItem[]>;

/**
 * A radio bulletin's audio as the build placed it in the column: an uploaded recording or one the build
 * synthesised, with the size of the file served and the duration measured by decoding it, which the
 * pages and the podcast feed state (src/lib/grassroots.ts names it with audioKeyOf).
 */
export interface BulletinAudioFile {
  /** Column path: "media/<hash>.<ext>". */
  path: string;
  mime: string;
  bytes: number;
  durationSeconds: number;
  synthesised: boolean;
}

/** What one renderer renders: written by packages/builder, read by src/lib/plan.ts. */
export interface BuildPlan {
  snapshotDir: string;
  bodies: string[];
  hub: boolean;
  /** Where the hub is read (absolute, ending in "/"), for its canonical links, sitemap and feeds. */
  hubUrl?: string;
  /** Bodies whose columns exist (built now or before): the hub links to these. */
  hubBodies?: string[];
  /**
   * Where browsers report a framing the column refused (the build service's `/framing-reports/`,
   * absolute, ending in "/"): each column's CSP gets `report-uri <this><slug>`. None: no reports.
   */
  framingReportUrl?: string;
  /** The WebSub hub every feed names (rel="hub"), absolute; none: feeds name only themselves. */
  websubHub?: string;
  /**
   * The CMS's public address, where readers' subscription forms post (/api/column57/subscriptions);
   * none: columns have no subscription page.
   */
  subscriptionsUrl?: string;
  /** What the hub lists of each of those columns (src/lib/hub.ts). */
  hubLatest?: Record<string, HubLatest>;
  images: Record<string, ImageVariants>;
  /** Share card of each article in each language ("<article id>:<locale>" -> column path). */
  shareImages: Record<string, string>;
  /** Files copied verbatim into each column's media/ folder, by hash: "media/<hash>.<ext>". */
  files: Record<string, string>;
  /** The audio of the group's radio bulletins, by audioKeyOf (absent in plans made before there were any). */
  audio?: Record<string, BulletinAudioFile>;
  /** A bulletin board's slides as pictures ("<body>:<locale>:<slide id>"), both ways round. */
  boardImages?: Record<string, { landscape: MadeFile; portrait: MadeFile }>;
  /** Every slide picture of a board in one ZIP per orientation ("<slug>:<locale>"). */
  boardArchives?: Record<string, { landscape: MadeFile; portrait: MadeFile }>;
  /** The A4 poster of an article or a campaign ("<slug>:<article|campaign>:<id>:<locale>"), where the build made one. */
  posters?: Record<string, MadeFile>;
  /** Each campaign's kit (banners, square, print PDFs) as a ZIP, by "<slug>:<campaign id>:<locale>". */
  campaignKits?: Record<string, MadeFile>;
}

/**
 * A file the build made for a column: its column path and its size in bytes (for the link that offers it);
 * null while it is still being drawn after the column went live (the link then gives no size).
 */
export interface MadeFile {
  path: string;
  bytes: number | null;
}

const hubItem = z.object({ id: z.string(), slug: z.string(), title: z.string(), locale: z.enum(LOCALES), publishDate: z.string() });

const imageVariants = z.object({
  width: z.number(),
  height: z.number(),
  sources: z.array(z.object({ width: z.number(), webp: z.string(), fallback: z.string(), fallbackBytes: z.number().int().nonnegative() })),
  fallbackMime: z.string(),
});

const madeFile = z.object({ path: z.string(), bytes: z.number().int().nonnegative().nullable() });

/** The plan as the renderer accepts it; `satisfies` keeps it in step with the interfaces above. */
export const buildPlanSchema = z.object({
  snapshotDir: z.string(),
  bodies: z.array(z.string()),
  hub: z.boolean(),
  hubUrl: z
    .string()
    .regex(/^https?:\/\/[^\s?#]+\/$/)
    .optional(),
  hubBodies: z.array(z.string()).optional(),
  framingReportUrl: z
    .string()
    .regex(/^https?:\/\/[^\s?#;,]+\/$/)
    .optional(),
  websubHub: z
    .string()
    .regex(/^https?:\/\/[^\s#"<>]+$/)
    .optional(),
  subscriptionsUrl: z
    .string()
    .regex(/^https?:\/\/[^\s?#"<>]+[^/\s?#"<>]$/)
    .optional(),
  hubLatest: z.record(z.string(), z.object({ vi: z.array(hubItem), en: z.array(hubItem) })).optional(),
  images: z.record(z.string(), imageVariants),
  shareImages: z.record(z.string(), z.string()),
  files: z.record(z.string(), z.string()),
  audio: z
    .record(
      z.string(),
      z.object({
        path: z.string(),
        mime: z.string(),
        bytes: z.number().int().positive(),
        durationSeconds: z.number().positive(),
        synthesised: z.boolean(),
      }),
    )
    .optional(),
  boardImages: z.record(z.string(), z.object({ landscape: madeFile, portrait: madeFile })).optional(),
  boardArchives: z.record(z.string(), z.object({ landscape: madeFile, portrait: madeFile })).optional(),
  posters: z.record(z.string(), madeFile).optional(),
  campaignKits: z.record(z.string(), madeFile).optional(),
}) satisfies z.ZodType<BuildPlan>;

/** Reads a plan's JSON; a malformed plan fails here, naming the file and each field that is wrong. */
export function parseBuildPlan(json: string, file: string): BuildPlan {
  const result = buildPlanSchema.safeParse(JSON.parse(json));
  if (!result.success) throw new Error(`${PLAN_TEXT.both('invalidPlan', { file })}:\n${z.prettifyError(result.error)}`);
  return result.data;
}
