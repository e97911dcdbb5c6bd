/** What the language server needs to find and apply a team's config exactly as the CLI does. */
export { ConfigResolver, ConfigFileError, configFileNames, loadConfigFile, toLintOptions, type Settings, type ConfigFile } from './config.js';
export { fileOptions, formatOf, templateExtensions } from './lint-files.js';
export { compileGlob, GlobError } from './glob.js';
