/** A configuration the linter cannot run with: the message says what to change. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
