/*
 * The text rules of RFC 5545 (iCalendar): escaping TEXT values (§3.3.11) and folding
 * content lines longer than 75 octets (§3.1), with CRLF line ends.
 */

/**
 * Escapes a TEXT value: backslash, semicolon and comma gain a backslash; each line break
 * becomes `\n` (RFC 5545 §3.3.11).
 *
 * @param text - the plain text.
 * @returns the escaped value.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\r\n|\r|\n/gu, '\\n');
}

/** The number of UTF-8 octets of one code point. */
function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so that no line is longer than 75 octets, breaking between
 * characters (never inside a UTF-8 sequence) and starting each continuation with a space
 * (RFC 5545 §3.1).
 *
 * @param line - one unfolded content line, without its line end.
 * @returns the folded line, its parts joined by CRLF and a space.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const length = octets(char.codePointAt(0) ?? 0);
    if (size + length > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
