/**
 * The rows a relation value asks to link, in every form Strapi accepts it: "abc" or 7, { documentId } or
 * { id }, a list of those, { connect | set: [...] }. Disconnects are not targets. The document guard reads
 * documentIds and ids; at the database level only ids occur.
 */
export function relationTargets(value: unknown, into = { documentIds: new Set<string>(), ids: new Set<number>() }) {
  if (value === null || value === undefined) return into;
  if (typeof value === 'number') into.ids.add(value);
  else if (typeof value === 'string' && /^\d+$/.test(value)) into.ids.add(Number(value));
  else if (typeof value === 'string') into.documentIds.add(value);
  else if (Array.isArray(value)) value.forEach((v) => relationTargets(v, into));
  else if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('connect' in v || 'set' in v) {
      relationTargets(v.connect, into);
      relationTargets(v.set, into);
    } else {
      if (typeof v.documentId === 'string') into.documentIds.add(v.documentId);
      if (v.id !== undefined) relationTargets(v.id, into);
    }
  }
  return into;
}
