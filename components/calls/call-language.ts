const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** The English name of the language a call was answered in ("de" -> "German"); the code when unknown. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    // DisplayNames throws on a malformed code; a record holding one still shows what it holds.
    return code;
  }
}
