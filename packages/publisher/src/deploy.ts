import { cpSync, existsSync, mkdirSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Where a built column is copied besides the local output. `folder`: a web root on this machine (a
 * portal's document root, a mounted share); `{slug}` in the path is replaced by the body's slug.
 */
export type DeployTarget = { type: 'folder'; path: string };

/** Reads the deploy configuration: { "<slug>" | "*": [targets] }, naming the entry at fault. */
export function parseDeployConfig(json: unknown, source: string): Record<string, DeployTarget[]> {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error(`${source}: expected an object like { "hanoi": [{ "type": "folder", "path": "/var/www/nq57" }] }`);
  const config: Record<string, DeployTarget[]> = {};
  for (const [slug, targets] of Object.entries(json as Record<string, unknown>)) {
    if (!Array.isArray(targets)) throw new Error(`${source}: "${slug}" must be a list of targets`);
    config[slug] = targets.map((target, i) => {
      const where = `${source}: "${slug}"[${i}]`;
      if (!target || typeof target !== 'object') throw new Error(`${where}: expected { "type": "folder", "path": "..." }`);
      const t = target as Record<string, unknown>;
      if (t.type !== 'folder') throw new Error(`${where}.type: "${String(t.type)}" is not supported; use "folder"`);
      if (typeof t.path !== 'string' || !t.path.startsWith('/')) throw new Error(`${where}.path: give an absolute folder path, e.g. "/var/www/portal/nghi-quyet-57"`);
      return { type: 'folder', path: t.path };
    });
  }
  return config;
}

/**
 * Copies a column beside its destination, then renames it into place: the destination is never a
 * half-copied column (between the two renames it is briefly absent, never mixed).
 */
export async function deployColumn(columnDir: string, slug: string, target: DeployTarget): Promise<string> {
  const destination = resolve(target.path.replaceAll('{slug}', slug));
  const incoming = `${destination}.column57-incoming`;
  const previous = `${destination}.column57-previous`;
  mkdirSync(dirname(destination), { recursive: true });
  rmSync(incoming, { recursive: true, force: true });
  cpSync(realpathSync(columnDir), incoming, { recursive: true, dereference: true });
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(destination)) renameSync(destination, previous);
  renameSync(incoming, destination);
  rmSync(previous, { recursive: true, force: true });
  return destination;
}
