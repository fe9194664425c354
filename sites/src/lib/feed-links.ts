import { htmlAttr } from './encode.ts';
import { buildData } from './plan.ts';

/**
 * Where a feed says it lives and where to subscribe for its changes: its own address (atom:link
 * rel="self") and the WebSub hub of the deployment (rel="hub"), when it has one. Readers and aggregators
 * that speak WebSub subscribe at the hub and are sent the feed when it changes instead of polling.
 */
export function feedLinks(self: string, type = 'application/rss+xml') {
  const hub = buildData().plan.websubHub;
  return `<atom:link href="${self}" rel="self" type="${type}"/>${hub ? `<atom:link href="${htmlAttr(hub)}" rel="hub"/>` : ''}`;
}

/** The JSON Feed counterpart of feedLinks: its `hubs`. */
export function jsonFeedHubs() {
  const hub = buildData().plan.websubHub;
  return hub ? { hubs: [{ type: 'WebSub', url: hub }] } : {};
}
