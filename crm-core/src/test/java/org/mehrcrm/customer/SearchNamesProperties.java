package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class SearchNamesProperties {

  @Property(tries = 3000)
  void foldIsIdempotent(@ForAll("anyText") String text) {
    String once = SearchNames.fold(text);

    assertThat(SearchNames.fold(once)).isEqualTo(once);
  }

  @Property
  void foldIgnoresArabicPersianVariants(@ForAll("persianWords") List<String> words,
      @ForAll("variantSeeds") List<Integer> seeds) {
    String canonical = String.join(" ", words);
    String variant = Texts.variantOf(canonical, seeds);

    assertThat(SearchNames.fold(variant)).isEqualTo(SearchNames.fold(canonical));
  }

  @Property
  void foldIgnoresCaseAccentsAndExtraSpaceInLatinNames(@ForAll("latinWords") List<String> words,
      @ForAll("variantSeeds") List<Integer> seeds) {
    String plain = String.join(" ", words);
    StringBuilder messy = new StringBuilder("  ");
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      int seed = seeds.get(i % seeds.size());
      messy.append(seed % 2 == 0 ? Character.toUpperCase(c) : c);
      if (c != ' ' && seed % 3 == 0) {
        messy.append("\u0301\u0308\u0327".charAt((seed / 3) % 3));
      }
      if (c == ' ' && seed % 5 == 0) {
        messy.append("\t\u00A0 ");
      }
    }

    assertThat(SearchNames.fold(messy.toString())).isEqualTo(plain);
  }

  @Property
  void foldedTextHasNoSurroundingOrDoubleSpace(@ForAll("anyText") String text) {
    String folded = SearchNames.fold(text);

    assertThat(folded).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
  }

  @Provide
  Arbitrary<String> anyText() {
    return Texts.anyText();
  }

  @Provide
  Arbitrary<List<String>> persianWords() {
    return Texts.persianWords();
  }

  @Provide
  Arbitrary<List<String>> latinWords() {
    return Texts.latinWords();
  }

  @Provide
  Arbitrary<List<Integer>> variantSeeds() {
    return Texts.variantSeeds();
  }

  /** Generators of text: the whole of Unicode, weighted towards the scripts and marks names are written in. */
  static class Texts {
    static final String PERSIAN_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی";

    static Arbitrary<String> anyText() {
      Arbitrary<Character> scriptChars = Arbitraries.chars()
          .range('\u0000', '\u007F')
          .range('\u00A0', '\u024F')
          .range('\u0300', '\u036F')
          .range('\u0370', '\u03FF')
          .range('\u0400', '\u04FF')
          .range('\u0591', '\u05F4')
          .range('\u0600', '\u06FF')
          .range('\u0900', '\u097F')
          .range('\u1100', '\u11FF')
          .range('\u1E00', '\u1FFF')
          .range('\u2000', '\u206F')
          .range('\u3000', '\u30FF')
          .range('\uAC00', '\uAC40')
          .range('\uFB50', '\uFDFF')
          .range('\uFE70', '\uFEFF')
          .range('\uFF00', '\uFFEF')
          .with('\u0130', '\u0131', '\u03C2', '\u0451', '\u0401', '\u200C', '\u200D', '\u0640');
      Arbitrary<String> scripts = scriptChars.list().ofMaxSize(25)
          .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
      Arbitrary<String> codePoints = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
          .list().ofMaxSize(12)
          .map(cps -> cps.stream().map(Character::toString).reduce("", String::concat));
      Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(12);
      return Arbitraries.frequencyOf(Tuple.of(5, scripts), Tuple.of(3, markHeavy()), Tuple.of(2, codePoints),
          Tuple.of(1, anyChars));
    }

    /** Letters that compose or case-map awkwardly, each followed by a few combining marks. */
    static Arbitrary<String> markHeavy() {
      Arbitrary<String> base = Arbitraries.of("е", "ё", "Е", "Ё", "и", "й", "i", "I", "İ", "ı", "a", "o", "σ", "Σ",
          "ا", "ی", "ي", "و", "ه", "ك", "ᄀ", "ᅡ", " ", "\u200C");
      Arbitrary<String> marks = Arbitraries.of("\u0300", "\u0301", "\u0306", "\u0307", "\u0308", "\u0316",
          "\u0323", "\u0327", "\u0345", "\u064E", "\u0651", "\u0653", "\u0654", "\u0655", "\u0670")
          .list().ofMaxSize(3).map(l -> String.join("", l));
      return Combinators.combine(base, marks).as(String::concat).list().ofMaxSize(8).map(l -> String.join("", l));
    }

    static Arbitrary<List<String>> persianWords() {
      return Arbitraries.strings().withChars(PERSIAN_LETTERS + "0123456789").ofMinLength(1).ofMaxLength(10)
          .list().ofMinSize(1).ofMaxSize(4);
    }

    static Arbitrary<List<String>> latinWords() {
      return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
          .list().ofMinSize(1).ofMaxSize(4);
    }

    static Arbitrary<List<Integer>> variantSeeds() {
      return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(20);
    }

    /**
     * Rewrites Persian text the ways people and keyboards do: Arabic letter forms, other digit
     * sets, and zero-width joiners, tatweel and harakat between letters.
     */
    static String variantOf(String persian, List<Integer> seeds) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < persian.length(); i++) {
        char c = persian.charAt(i);
        int seed = seeds.get(i % seeds.size());
        out.append(switch (c) {
          case 'ی' -> pick(seed, "ی", "ي", "ى", "ئ");
          case 'ک' -> pick(seed, "ک", "ك");
          case 'ه' -> pick(seed, "ه", "ة");
          case 'ا' -> pick(seed, "ا", "أ", "إ", "آ", "ٱ");
          case 'و' -> pick(seed, "و", "ؤ");
          default -> Character.isDigit(c) && c < 128
              ? pick(seed, String.valueOf(c), String.valueOf((char) ('۰' + c - '0')), String.valueOf((char) ('٠' + c - '0')))
              : String.valueOf(c);
        });
        if (c != ' ' && seed % 4 == 0) {
          out.append(pick(seed / 4, "\u200C", "\u200D", "\u0640", "\u064E", "\u0650", "\u0651", "\u0652", "\u200F"));
        }
      }
      return out.toString();
    }

    private static String pick(int seed, String... options) {
      return options[seed % options.length];
    }
  }
}
