/**
 * URLs inside a column: the rule lives in the snapshot package, beside the slug rule, so that the CMS's
 * "Xem trên chuyên mục" link and the pages the generator writes cannot disagree. Re-exported here for the
 * site's modules and for the packages that import `@column57/sites/paths`.
 */
export {
  type ColumnPath,
  type Section,
  SECTION_NAMES,
  canonical,
  isColumnPath,
  localizeColumnPath,
  paths,
  relative,
  slugify,
} from '@column57/snapshot';
