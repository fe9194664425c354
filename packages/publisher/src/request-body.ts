import type { IncomingMessage } from 'node:http';

/**
 * A request's body as text, refused once it passes `maxBytes` (the connection is dropped and `tooLarge()`
 * is thrown): the build service's notices and the WebSub hub's forms both come from the network.
 */
export function readLimitedBody(req: IncomingMessage, maxBytes: number, tooLarge: () => Error): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(tooLarge());
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
