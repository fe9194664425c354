/**
 * Reports for the command line (`column57 report`), behind an API token: the national summary, or one
 * body's report with ?body=. Only a token granted this action (column57 report's own) may call it: a read-only token may not.
 */
export default {
  routes: [{ method: 'GET', path: '/column57/report', handler: 'report.export', config: { policies: [] } }],
};
