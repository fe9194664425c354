import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { DeleteObjectsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

/**
 * A column copied to an S3-compatible bucket (AWS, MinIO, Viettel/FPT/CMC object storage) under a
 * prefix. Credentials come from the usual AWS environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)
 * or profile. Objects whose bytes are unchanged (same MD5 as their ETag) are not uploaded again; pages
 * go up after the files they use, and objects the new column no longer has are deleted last, so no
 * link on a live page points at something missing while the copy runs.
 */
export interface S3Target {
  type: 's3';
  bucket: string;
  prefix: string;
  endpoint?: string;
  region?: string;
  forcePathStyle?: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
  '.pf_meta': 'application/octet-stream',
};

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesIn(path);
    return entry.name.startsWith('.') ? [] : [path];
  });
}

const clients = new Map<string, S3Client>();
function clientFor(target: S3Target): S3Client {
  const key = `${target.endpoint ?? ''}|${target.region ?? ''}|${target.forcePathStyle ?? false}`;
  if (!clients.has(key)) {
    clients.set(
      key,
      new S3Client({
        region: target.region ?? process.env.AWS_REGION ?? 'us-east-1',
        endpoint: target.endpoint,
        forcePathStyle: target.forcePathStyle ?? Boolean(target.endpoint),
      }),
    );
  }
  return clients.get(key)!;
}

export async function deployToS3(
  columnDir: string,
  slug: string,
  target: S3Target,
): Promise<{ uploaded: number; unchanged: number; deleted: number; where: string }> {
  const client = clientFor(target);
  const prefix = target.prefix.replaceAll('{slug}', slug).replace(/^\/+/, '').replace(/\/?$/, '/');
  const root = realpathSync(columnDir);
  const existing = new Map<string, string>();
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: target.bucket, Prefix: prefix, ContinuationToken: token }));
    for (const object of page.Contents ?? []) if (object.Key) existing.set(object.Key, (object.ETag ?? '').replaceAll('"', ''));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);

  const files = filesIn(root).map((path) => ({ path, key: `${prefix}${relative(root, path).split('\\').join('/')}` }));
  // Pages last: everything a page links to is in place before the page that links to it.
  files.sort((a, b) => Number(a.key.endsWith('.html')) - Number(b.key.endsWith('.html')));
  let uploaded = 0;
  let unchanged = 0;
  for (const file of files) {
    const bytes = readFileSync(file.path);
    if (existing.get(file.key) === createHash('md5').update(bytes).digest('hex')) {
      unchanged++;
      continue;
    }
    await client.send(
      new PutObjectCommand({
        Bucket: target.bucket,
        Key: file.key,
        Body: bytes,
        ContentType: TYPES[extname(file.path)] ?? 'application/octet-stream',
        CacheControl:
          file.key.endsWith('.html') || file.key.endsWith('.xml') || file.key.endsWith('.json')
            ? 'no-cache'
            : 'public, max-age=31536000, immutable',
      }),
    );
    uploaded++;
  }
  const keep = new Set(files.map((f) => f.key));
  const stale = [...existing.keys()].filter((key) => !keep.has(key));
  for (let i = 0; i < stale.length; i += 1000) {
    await client.send(
      new DeleteObjectsCommand({ Bucket: target.bucket, Delete: { Objects: stale.slice(i, i + 1000).map((Key) => ({ Key })) } }),
    );
  }
  return { uploaded, unchanged, deleted: stale.length, where: `s3://${target.bucket}/${prefix}` };
}
