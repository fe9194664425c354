import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The demo seed's JSON files (cms/seed/, format in cms/seed/FORMAT.md). */
export interface Localized<T> {
  vi: T;
  en?: T;
}
export interface BodyFact {
  slug: string;
  kind: string;
  kindSince: string;
  legalBasis: string;
  nameVi: string;
  nameEn: string;
  shortNameVi: string;
  shortNameEn: string;
  abbreviation: string | null;
  portal: string | null;
  administrativeCode: string | null;
  mergedFrom: string[];
  primaryColor: string;
  secondaryColor: string;
  englishEnabled: boolean;
  factsToCheck: string[];
  role?: string;
}
export interface StoryText {
  title: string;
  slug: string;
  summary: string;
  content: string;
  imageAlt: string;
  byline?: string;
  source?: string;
}
export interface Story {
  key: string;
  for: 'any' | 'provincial' | 'central';
  topics: string[];
  audiences: string[];
  channel: string;
  featured: boolean;
  image: string;
  /** A picture inside the text, as an editor inserts one from the media library: after that paragraph. */
  picture?: { image: string; afterParagraph: number; alt: { vi: string; en: string } };
  vi: StoryText;
  en?: StoryText;
}
export interface DocumentSeed {
  number: string;
  docType: string;
  issuer: Localized<string>;
  signer: string | null;
  issueDate: string | null;
  effectiveDate: string | null;
  status: string;
  unconfirmed: string[];
  related: string[];
  vi: { title: string; summary: string; fullText?: string };
  en: { title: string; summary: string; fullText?: string };
}
export interface CampaignSeed {
  key: string;
  scope: 'national' | 'body';
  start: string;
  end: string;
  audiences: string[];
  vi: { title: string; description: string };
  en?: { title: string; description: string };
  assets: Array<{
    kind: string;
    file: string | null;
    url: string | null;
    credit?: string;
    licence?: string;
    vi: { caption?: string; alt?: string };
    en?: { caption?: string; alt?: string };
  }>;
}
export interface HonourSeed {
  kind: string;
  recipient: Localized<string>;
  reason: Localized<string>;
  decision: string;
  date: string;
  photo: string;
}
export interface TaskSeed {
  code: string;
  title: Localized<string>;
  host: Localized<string>;
  stateFunded: boolean;
  secret: boolean;
  start: string;
  end: string;
  status: string;
  /** Coverage of the task outside the column, as its editors record it (the component task.press-item). */
  press?: Array<{ outlet: string; channel: string; title?: string; url?: string; date: string }>;
}
/** A demo radio bulletin of a province; `fromArticle` (the index of a story it tells) makes title and script from it. */
export interface BulletinSeed {
  body: string;
  level: string;
  voice: string;
  from: string;
  to: string;
  times: string;
  title?: string;
  script?: string;
  fromArticle?: number;
  factsToCheck?: string;
}
export interface TopicSeed {
  slug: string;
  vi: { name: string; description: string };
  en: { name: string; description: string };
}

/** cms/seed/communes.json: the communes of the demo provinces, their own articles and what provinces share. */
export interface CommuneArticleSeed {
  slug: string;
  publishDate: string;
  channel: string;
  topics: string[];
  title: string;
  summary: string;
  content: string;
}
export interface CommuneSeedFile {
  source: { vi: string; en: string };
  effectiveFrom: string;
  provinces: Record<
    string,
    {
      legalBasis: string | null;
      legalBasisVerified: boolean;
      communes: Array<{ code: string; name: string; kind: string; verified: boolean }>;
    }
  >;
  /** A commune's own articles, the commune named by its code. */
  articles: Array<CommuneArticleSeed & { commune: string }>;
  /** A province's articles shared to all its communes ("all") or to those codes. */
  shared: Array<CommuneArticleSeed & { province: string; to: 'all' | string[] }>;
}

/** A programme block (programme-facts/): a fact the demo's articles embed by its key. */
export interface ProgrammeFactSeed {
  key: string;
  vi: { name: string; value: string };
  en: { name: string; value: string };
  source: string | null;
}

export interface SeedData {
  bodies: BodyFact[];
  communes: CommuneSeedFile;
  stories: Story[];
  documents: DocumentSeed[];
  campaigns: CampaignSeed[];
  honours: HonourSeed[];
  tasks: TaskSeed[];
  topics: TopicSeed[];
  bulletins: BulletinSeed[];
  programmeFacts: ProgrammeFactSeed[];
}

export function loadSeedData(seedDir: string): SeedData {
  const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(seedDir, file), 'utf8')) as T;
  const stories = readdirSync(seedDir)
    .filter((f) => /^stories.*\.json$/.test(f))
    .sort()
    .flatMap((f) => read<Story[]>(f));
  return {
    bodies: read('bodies.json'),
    communes: read('communes.json'),
    stories,
    documents: read('documents.json'),
    campaigns: read('campaigns.json'),
    honours: read('honours.json'),
    tasks: read('tasks.json'),
    topics: read('topics.json'),
    bulletins: read('bulletins.json'),
    programmeFacts: read('programme-facts.json'),
  };
}

/** Replaces the placeholders of FORMAT.md with a body's names. */
export function fill(text: string, body: BodyFact, year: number): string {
  return text
    .replaceAll('{ten_ngan}', body.shortNameVi)
    .replaceAll('{ten}', body.nameVi)
    .replaceAll('{name}', body.nameEn)
    .replaceAll('{short}', body.shortNameEn)
    .replaceAll('{nam}', String(year))
    .normalize('NFC');
}

export const isCentral = (body: BodyFact) => !['province', 'city'].includes(body.kind);

export const AUDIENCES = [
  {
    code: 'public',
    slug: 'nguoi-dan',
    nameVi: 'Người dân',
    nameEn: 'The public',
    descriptionVi: 'Toàn xã hội, mọi người dân.',
    descriptionEn: 'Society as a whole.',
  },
  {
    code: 'enterprises',
    slug: 'doanh-nghiep',
    nameVi: 'Doanh nghiệp',
    nameEn: 'Enterprises',
    descriptionVi: 'Doanh nghiệp nhà nước và tư nhân, nhà máy, khu công nghiệp.',
    descriptionEn: 'State and private enterprises, factories and industrial parks.',
  },
  {
    code: 'researchers',
    slug: 'to-chuc-nghien-cuu',
    nameVi: 'Tổ chức nghiên cứu',
    nameEn: 'Research organisations',
    descriptionVi: 'Viện, trường, tổ chức khoa học và công nghệ.',
    descriptionEn: 'Institutes, universities and S&T organisations.',
  },
  {
    code: 'students',
    slug: 'hoc-sinh-sinh-vien',
    nameVi: 'Học sinh, sinh viên',
    nameEn: 'Pupils and students',
    descriptionVi: 'Trẻ em, học sinh, sinh viên và các cơ sở giáo dục.',
    descriptionEn: 'Children, pupils, students and schools.',
  },
  {
    code: 'foreign',
    slug: 'ban-doc-quoc-te',
    nameVi: 'Bạn đọc quốc tế',
    nameEn: 'Foreign readers',
    descriptionVi: 'Thông tin đối ngoại, hợp tác quốc tế.',
    descriptionEn: 'Foreign information and international cooperation.',
  },
];
