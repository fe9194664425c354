import type { Core } from '@strapi/strapi';
import { bodyExport, checkedFormat, checkedMonth, nationalExport } from '../../../reporting/access';
import type { RequestContext } from '../../../request-context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async export(ctx: RequestContext) {
    const month = checkedMonth(ctx.query.month);
    const format = checkedFormat(ctx.query.format);
    const file = ctx.query.body
      ? await bodyExport(strapi, 'token', String(ctx.query.body), month, format)
      : await nationalExport(strapi, 'token', month, format);
    ctx.set('Content-Type', file.contentType);
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Disposition', `attachment; filename="${file.filename}"`);
    ctx.body = file.body;
  },
});
