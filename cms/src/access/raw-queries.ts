import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { actorForRequest, requestCache } from './actor';
import { FILE, FOLDER, readScope, unscoped, within, writeScope } from './scope';
import { ACCESS_TEXT, sentences } from './messages';
import type { RequestContext } from '../request-context';

/**
 * Three paths of the upload plugin act before, or beside, the database queries the data guard
 * (access/data-guard.ts) scopes: the folder tree and moving files and folders use Strapi's raw query
 * builder, and removing a file deletes its bytes from the storage provider before its row. Each is wrapped
 * here with the same rule. The route inventory test exercises them, so a Strapi upgrade that changes them
 * fails there rather than leaking.
 */

type TreeNode = { id?: number; children: TreeNode[] };

async function idsWithin(strapi: Core.Strapi, uid: string, scope: Record<string, unknown> | null, ids?: number[]): Promise<Set<number>> {
  const where = within(ids ? { id: { $in: ids.length ? ids : [-1] } } : {}, scope) ?? {};
  const rows = await unscoped(() => strapi.db.query(uid as UID.Schema).findMany({ where, select: ['id'] }));
  return new Set(rows.map((r: { id: number }) => r.id));
}

export function guardRawUploadQueries(strapi: Core.Strapi) {
  const folders = strapi.plugin('upload').service('folder') as { getStructure: () => Promise<TreeNode[]> };
  const original = folders.getStructure.bind(folders);
  folders.getStructure = async () => {
    const tree = await original();
    const actor = await actorForRequest(strapi);
    const scope = await readScope(strapi, actor, FOLDER, requestCache(strapi));
    if (!scope) return tree;
    const readable = await idsWithin(strapi, FOLDER, scope);
    const prune = (nodes: TreeNode[]): TreeNode[] =>
      nodes.filter((n) => n.id !== undefined && readable.has(n.id)).map((n) => ({ ...n, children: prune(n.children ?? []) }));
    return prune(tree);
  };

  const upload = strapi.plugin('upload').service('upload') as { remove: (file: { id: number }) => Promise<unknown> };
  const remove = upload.remove.bind(upload);
  upload.remove = async (file) => {
    const actor = await actorForRequest(strapi);
    const scope = await writeScope(strapi, actor, FILE, requestCache(strapi));
    if (scope && !(await idsWithin(strapi, FILE, scope, [file.id])).size) {
      throw new errors.ForbiddenError(sentences(ACCESS_TEXT.pair('deleteOwnFilesOnly')));
    }
    return remove(file);
  };

  const controller = strapi.plugin('upload').controller('admin-folder-file') as Record<string, (ctx: RequestContext) => Promise<unknown>>;
  const move = controller.moveMany.bind(controller);
  controller.moveMany = async (ctx: RequestContext) => {
    const actor = await actorForRequest(strapi);
    const cache = requestCache(strapi);
    const { fileIds = [], folderIds = [], destinationFolderId } = (ctx.request.body ?? {}) as Record<string, any>;
    const numbers = (list: unknown) => (Array.isArray(list) ? list.map(Number) : []);
    const checks: Array<[string, number[]]> = [
      [FILE, numbers(fileIds)],
      [FOLDER, numbers(folderIds)],
    ];
    if (destinationFolderId !== null && destinationFolderId !== undefined) checks.push([FOLDER, [Number(destinationFolderId)]]);
    for (const [uid, ids] of checks) {
      const scope = await writeScope(strapi, actor, uid, cache);
      if (!scope || !ids.length) continue;
      if ((await idsWithin(strapi, uid, scope, ids)).size !== new Set(ids).size) {
        throw new errors.ForbiddenError(sentences(ACCESS_TEXT.pair('moveOwnFilesOnly')));
      }
    }
    return move(ctx);
  };
}
