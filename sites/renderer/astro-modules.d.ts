// The site's components as the renderer imports them (Astro's own editor tooling types them otherwise).
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
