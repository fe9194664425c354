import { BODY_KIND, COMMUNE_LEVEL_KINDS } from '@column57/snapshot';

/**
 * How a commune-level body is named and addressed, said once: the import, the demo seed and the admin
 * panel's create all take a commune's defaults from here.
 *
 * - Names: the official name is the kind word and the proper name ("Phường Thuận Hóa"); a file may give
 *   either, and the kind word is put back from the kind. English: the proper name folded to ASCII and the
 *   English kind ("Thuan Hoa Ward").
 * - Slug: `<province slug>-<proper name folded to ASCII, đ→d>` (Huế's Phường Thuận Hóa is `hue-thuan-hoa`);
 *   if another body already has it, the kind goes in between (`hue-phuong-thuan-hoa`). A slug is an
 *   address: a later rename in the official list keeps it.
 * - Column defaults, unless set: the province's public address, its base path with the commune's part
 *   appended (`/nghi-quyet-57/thuan-hoa/`), its colours and its logo; Vietnamese only.
 */
export type CommuneKind = (typeof COMMUNE_LEVEL_KINDS)[number];

export const isCommuneKind = (kind: unknown): kind is CommuneKind => (COMMUNE_LEVEL_KINDS as readonly unknown[]).includes(kind);

/** ASCII letters and digits of a Vietnamese text, diacritics dropped and đ read as d, case kept. */
export const foldToAscii = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** A slug part: "Chân Mây - Lăng Cô" → "chan-may-lang-co". */
export const slugPart = (text: string) =>
  foldToAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A kind's word as it opens an official name: "Xã", "Phường", "Đặc khu". */
export const kindWord = (kind: CommuneKind) => BODY_KIND.labels[kind].vi;

/** The kind a name opens with, and the proper name after it; null when it opens with none. */
export function kindInName(name: string): { kind: CommuneKind; proper: string } | null {
  const folded = slugPart(name);
  for (const kind of COMMUNE_LEVEL_KINDS) {
    const word = slugPart(kindWord(kind));
    if (folded.startsWith(`${word}-`)) {
      const words = kindWord(kind).split(/\s+/).length;
      return { kind, proper: name.trim().split(/\s+/).slice(words).join(' ') };
    }
  }
  return null;
}

/** The proper name of a commune whatever form the name came in. */
export const properName = (name: string) => (kindInName(name)?.proper ?? name.trim()).replace(/\s+/g, ' ');

export interface CommuneNames {
  nameVi: string;
  nameEn: string;
  shortNameVi: string;
  shortNameEn: string;
}

export function communeNames(kind: CommuneKind, name: string): CommuneNames {
  const proper = properName(name);
  const vi = `${kindWord(kind)} ${proper}`;
  const en = `${foldToAscii(proper)} ${BODY_KIND.labels[kind].en.replace(/\b\w/g, (c) => c.toUpperCase())}`;
  return { nameVi: vi, nameEn: en, shortNameVi: vi, shortNameEn: en };
}

/** The slug a new commune gets; `taken` says whether another body already holds a slug. */
export async function communeSlug(
  province: string,
  kind: CommuneKind,
  name: string,
  taken: (slug: string) => Promise<boolean> | boolean,
): Promise<string> {
  const plain = `${province}-${slugPart(properName(name))}`;
  if (!(await taken(plain))) return plain;
  return `${province}-${slugPart(kindWord(kind))}-${slugPart(properName(name))}`;
}

export interface ProvinceLike {
  slug: string;
  publicBaseUrl: string;
  basePath: string;
  primaryColor: string;
  secondaryColor: string;
  logo?: { id: number } | number | null;
  embedOrigins?: string | null;
}

/** The column fields a commune takes from its province unless they are set. */
export function communeDefaults(province: ProvinceLike, slug: string) {
  const own = slug.startsWith(`${province.slug}-`) ? slug.slice(province.slug.length + 1) : slug;
  const base = province.basePath.endsWith('/') ? province.basePath : `${province.basePath}/`;
  const logo = province.logo && typeof province.logo === 'object' ? province.logo.id : (province.logo ?? null);
  return {
    publicBaseUrl: province.publicBaseUrl,
    basePath: `${base}${own}/`,
    primaryColor: province.primaryColor,
    secondaryColor: province.secondaryColor,
    logo,
    embedOrigins: province.embedOrigins ?? province.publicBaseUrl,
    englishEnabled: false,
  };
}
