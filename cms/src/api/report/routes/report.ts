/**
 * Reports for the command line (`column57 report`), behind an API token: the national summary, or one
 * body's report with ?body=. The action is named find, so the generator's read-only token may call it.
 */
export default {
  routes: [{ method: 'GET', path: '/column57/report', handler: 'report.find', config: { policies: [] } }],
};
