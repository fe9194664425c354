import { REVIEW_STATE } from '../../review/text';

/**
 * The review state in the content manager's list: the column reads "Chờ duyệt" rather than the stored code,
 * and the filter offers the states by their Vietnamese names. Through the list view's own hooks.
 */
export const COLUMN_HOOK = 'Admin/CM/pages/ListView/inject-column-in-table';
export const FILTER_HOOK = 'Admin/CM/pages/ListView/inject-in-filters';

type Code = (typeof REVIEW_STATE.codes)[number];
const isCode = (value: unknown): value is Code => typeof value === 'string' && (REVIEW_STATE.codes as readonly string[]).includes(value);

interface Named {
  name: string;
}

export const reviewColumn = <H extends Named, L>({ displayedHeaders, layout }: { displayedHeaders: H[]; layout: L }) => ({
  layout,
  displayedHeaders: displayedHeaders.map((header) =>
    header.name === 'reviewState'
      ? {
          ...header,
          cellFormatter: (row: { reviewState?: unknown }) => (
            <span data-review-state={isCode(row.reviewState) ? row.reviewState : 'none'}>
              {isCode(row.reviewState) ? REVIEW_STATE.t('vi', row.reviewState) : '—'}
            </span>
          ),
        }
      : header,
  ),
});

export const reviewFilter = <F extends Named, L>({ displayedFilters, layout }: { displayedFilters: F[]; layout: L }) => ({
  layout,
  displayedFilters: displayedFilters.map((filter) =>
    filter.name === 'reviewState'
      ? { ...filter, options: REVIEW_STATE.codes.map((code) => ({ label: REVIEW_STATE.t('vi', code), value: code })) }
      : filter,
  ),
});
