/** A tick over a page, for the review menu entry and widgets (no icon package is needed for one icon). */
export const ReviewIcon = () => (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
    <path d="M3 1h7l3 3v11H3z" opacity="0.35" />
    <path d="M5.2 9.2l1.6 1.6 3.8-3.8 1 1-4.8 4.8-2.6-2.6z" />
  </svg>
);
