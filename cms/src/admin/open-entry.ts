import * as React from 'react';
import { unstable_useDocument, useQueryParams } from '@strapi/strapi/admin';

/**
 * Reads the entry open in the edit view again, after one of our actions changed it on the server (published
 * it, restored a version into its draft). The edit view reads its entry with the URL's parameters (the
 * locale under `plugins`), so the same ones are given here and the refetch updates the form on screen.
 */
export function useRefetchOpenEntry(model: string, collectionType: string, documentId: string | undefined): () => void {
  const [{ query }] = useQueryParams<{ plugins?: Record<string, object> }>();
  const params = React.useMemo(() => {
    const { plugins, ...rest } = query ?? {};
    return Object.assign(rest, ...Object.values(plugins ?? {}));
  }, [query]);
  return unstable_useDocument({ model, collectionType, documentId, params }, { skip: !documentId }).refetch;
}
