/**
 * A command's text with typing noise removed: Unicode composed (NFC), typographic dashes and
 * quotes made plain (Slack and phones insert them), control and invisible characters turned
 * into spaces, spaces collapsed, and a closing full stop or exclamation mark dropped.
 */
export function normalizeCommandText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\p{Cc}\p{Cf}\p{Z}]+/gu, ' ')
    .trim()
    .replace(/\s*[.!]+$/, '')
    .trim();
}
