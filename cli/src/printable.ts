/**
 * Text from files (names, reply titles, the words of a reply) on its way to a
 * terminal: control characters are shown as `\x1b`-style escapes, since a
 * raw one can move the cursor, clear a line or change colours, and a file
 * named `\e[2K\r\e[32mALL CLEAN` would print whatever it likes over the report.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
