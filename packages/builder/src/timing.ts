/** Seconds since `since` (a Date.now()), as the report keeps them. */
export const seconds = (since: number) => (Date.now() - since) / 1000;

/** Seconds since `since`, as a log line shows them. */
export const elapsed = (since: number) => `${seconds(since).toFixed(1)} s`;
