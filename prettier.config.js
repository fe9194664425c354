// The formatter of the workspace (npm run format; npm run lint checks it). The house style as it was
// written by hand: single quotes, semicolons, trailing commas, lines up to 140 characters.
export default {
  printWidth: 140,
  singleQuote: true,
  trailingComma: 'all',
  arrowParens: 'always',
};
