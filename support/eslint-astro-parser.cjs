// eslint-plugin-import-x loads the parsers of imported files with require(), and astro-eslint-parser
// ships ES modules only; Node 22 can require() them by file. Used by eslint.config.js.
module.exports = require('../node_modules/astro-eslint-parser/lib/index.mjs');
