package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised search form of names, so that a lookup finds a name however it was typed.
 *
 * <p>{@link #fold(String)} applies, in order: Unicode NFKC; lower case; Arabic letter variants
 * to their Persian forms (ي/ى → ی, ك → ک, ة → ه, أ/إ/آ/ٱ → ا, ؤ → و, ئ → ی); Arabic-Indic and
 * Persian digits to ASCII; removal of zero-width non-joiner and joiner, tatweel and Arabic
 * diacritics; Cyrillic ё → е; removal of accents on Latin letters; and white space collapsed to
 * single spaces. Examples:
 * <pre>{@code
 * SearchNames.fold("  ALI  Rezaei ")  // "ali rezaei"
 * SearchNames.fold("علي رضائي")        // "علی رضایی"
 * SearchNames.fold("Алёша")            // "алеша"
 * SearchNames.fold("José")             // "jose"
 * }</pre>
 * Folding is idempotent: {@code fold(fold(s)).equals(fold(s))}. The stored names are never
 * changed; only search keys are folded.
 */
public final class SearchNames {
  private SearchNames() {}

  /**
   * Returns the search form of a text.
   *
   * @param text any text
   * @return the folded text, possibly empty
   */
  public static String fold(String text) {
    requireNonNull(text, "text");
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder mapped = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char m = mapChar(c);
      if (m != 0) {
        mapped.append(m);
      }
    }
    String decomposed = Normalizer.normalize(mapped, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    Character.UnicodeScript base = Character.UnicodeScript.COMMON;
    int baseChar = ' ';
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK;
      if (mark) {
        if (base == Character.UnicodeScript.LATIN || base == Character.UnicodeScript.ARABIC
            || base == Character.UnicodeScript.COMMON) {
          continue; // accents on Latin, harakat on Arabic, stray marks: dropped
        }
        if (cp == '\u0308' && baseChar == '\u0435') {
          continue; // ё → е also when written е + combining diaeresis, or NFC would rebuild ё
        }
        out.appendCodePoint(cp);
        continue;
      }
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = out.length() > 0;
        base = Character.UnicodeScript.COMMON;
        baseChar = ' ';
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(cp);
      base = Character.UnicodeScript.of(cp);
      baseChar = cp;
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** Replaces Arabic-Indic and Persian digits with ASCII digits and leaves everything else. */
  static String asciiDigits(String text) {
    requireNonNull(text, "text");
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char d = digit(c);
      if (d != c) {
        if (sb == null) {
          sb = new StringBuilder(text);
        }
        sb.setCharAt(i, d);
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static char digit(char c) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    return c;
  }

  /** Returns the replacement for one char, or 0 to drop it. */
  private static char mapChar(char c) {
    switch (c) {
      case '\u064A': // ARABIC LETTER YEH
      case '\u0649': // ARABIC LETTER ALEF MAKSURA
      case '\u0626': // ARABIC LETTER YEH WITH HAMZA ABOVE
        return '\u06CC'; // FARSI YEH
      case '\u0643': // ARABIC LETTER KAF
        return '\u06A9'; // KEHEH
      case '\u0629': // TEH MARBUTA
        return '\u0647'; // HEH
      case '\u0623': // ALEF WITH HAMZA ABOVE
      case '\u0625': // ALEF WITH HAMZA BELOW
      case '\u0622': // ALEF WITH MADDA ABOVE
      case '\u0671': // ALEF WASLA
        return '\u0627'; // ALEF
      case '\u0624': // WAW WITH HAMZA ABOVE
        return '\u0648'; // WAW
      case '\u200C': // ZERO WIDTH NON-JOINER
      case '\u200D': // ZERO WIDTH JOINER
      case '\u0640': // TATWEEL
      case '\u200E': // LEFT-TO-RIGHT MARK
      case '\u200F': // RIGHT-TO-LEFT MARK
      case '\uFEFF': // ZERO WIDTH NO-BREAK SPACE
        return 0;
      case '\u0451': // CYRILLIC SMALL LETTER IO
        return '\u0435'; // CYRILLIC SMALL LETTER IE
      case '\u03C2': // GREEK SMALL LETTER FINAL SIGMA
        return '\u03C3';
      default:
        return digit(c);
    }
  }
}
