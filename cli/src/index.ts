export { run, writeAtomic, usage, type Io } from './run.js';
export { discover, readReply, decodeReply, InputError, defaultMaxFileSize } from './files.js';
export { formatJson, toJsonMessage, toJsonResult, type JsonMessage, type JsonResult } from './formatters/json.js';
export { formatStylish } from './formatters/stylish.js';
export { lintText, type FileResult } from './lint-files.js';
