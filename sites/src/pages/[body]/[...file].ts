import type { APIRoute, GetStaticPaths } from 'astro';
import { columnBySlug, columns } from '../../lib/column.ts';
import { type FeedSpec, feedsOf, renderFeed } from '../../lib/feeds.ts';

/** RSS feeds, the JSON feed, the sitemap and robots.txt of every column. */
export const getStaticPaths = (() =>
  columns().flatMap((column) =>
    feedsOf(column).map((spec) => ({ params: { body: column.slug, file: spec.path }, props: { slug: column.slug, spec } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { slug, spec } = props as { slug: string; spec: FeedSpec };
  return renderFeed(columnBySlug(slug), spec);
};
