export default ({ env }) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: { salt: env('TRANSFER_TOKEN_SALT') },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  // Nothing phones home and nothing opens a browser on the server.
  flags: {
    nps: false,
    promoteEE: false,
  },
  autoOpen: false,
  watchIgnoreFiles: ['**/seed/**'],
});
