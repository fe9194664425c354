import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../sites/src/lib/pagination.ts';

describe('the pages a pagination bar links to', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last and the current page with its neighbours of a long list, with gaps between', () => {
    expect(pageWindow(50, 100)).toEqual([1, 'gap', 49, 50, 51, 'gap', 100]);
    expect(pageWindow(1, 100)).toEqual([1, 2, 'gap', 100]);
    expect(pageWindow(100, 100)).toEqual([1, 'gap', 99, 100]);
  });

  it('shows a single left-out page instead of a gap for it', () => {
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, 'gap', 10]);
    expect(pageWindow(7, 10)).toEqual([1, 'gap', 6, 7, 8, 9, 10]);
  });

  it('links to a bounded number of pages however long the list is', () => {
    for (const pages of [7, 100, 5_000]) {
      for (const page of [1, 2, Math.ceil(pages / 2), pages - 1, pages]) expect(pageWindow(page, pages).length).toBeLessThanOrEqual(7);
    }
  });
});
