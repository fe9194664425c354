import { createRequire } from 'node:module';

// Plain JavaScript on purpose: the CMS type-checks this package as CommonJS, where TypeScript refuses
// import.meta, and Node runs the package as an ES module, where there is no require to resolve with.
const require = createRequire(import.meta.url);

/** The path of one weight of the shipped font (Be Vietnam Pro), resolved from this package's dependencies. */
export const fontFile = (weight) => require.resolve(`@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`);
