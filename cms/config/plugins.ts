import type { Core } from '@strapi/strapi';
import { UPLOAD_MAX_BYTES } from '../src/policies-data/upload-limits';

/**
 * Uploads stay on this machine's disk unless COLUMN57_S3_BUCKET names a bucket: then they go to S3-compatible
 * storage through Strapi's own provider, so that several CMS instances behind a load balancer share them
 * (README, "Production layout"). Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, as the
 * AWS SDK reads them; COLUMN57_S3_ENDPOINT names a storage that is not Amazon's (MinIO, Ceph, a provider in
 * Vietnam), COLUMN57_S3_PUBLIC_URL the address readers fetch files from when it differs (a CDN).
 */
const storage = (env: Core.Config.Shared.ConfigParams['env']) => {
  const bucket = env('COLUMN57_S3_BUCKET', '');
  if (!bucket) return { provider: 'local' };
  const endpoint = env('COLUMN57_S3_ENDPOINT', '');
  return {
    provider: 'aws-s3',
    providerOptions: {
      baseUrl: env('COLUMN57_S3_PUBLIC_URL', '') || undefined,
      rootPath: env('COLUMN57_S3_PREFIX', '') || undefined,
      s3Options: {
        region: env('COLUMN57_S3_REGION', 'us-east-1'),
        ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
        params: { Bucket: bucket, ACL: env('COLUMN57_S3_ACL', 'public-read') },
      },
    },
  };
};

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  upload: {
    config: {
      ...storage(env),
      sizeLimit: UPLOAD_MAX_BYTES,
      breakpoints: { large: 1600, medium: 1000, small: 500 },
    },
  },
});
