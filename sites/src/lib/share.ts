/** Share links that need no third-party script on the page. */
export function shareLinks(url: string, title: string) {
  const u = encodeURIComponent(url);
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    // Zalo's share endpoint for a plain link (no SDK); to be checked against Zalo's current documentation.
    zalo: `https://sp.zalo.me/share_inline?d=${encodeURIComponent(Buffer.from(JSON.stringify({ url, title })).toString('base64'))}`,
  };
}
