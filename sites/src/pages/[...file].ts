import type { APIRoute, GetStaticPaths } from 'astro';
import { type HubFileSpec, hubFilesOf, renderHubFile } from '../lib/feeds.ts';

/** The national hub's feeds, sitemap and robots.txt (its pages are index.astro and en/index.astro). */
export const getStaticPaths = (() =>
  hubFilesOf().map((spec) => ({ params: { file: spec.path }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => renderHubFile((props as { spec: HubFileSpec }).spec);
