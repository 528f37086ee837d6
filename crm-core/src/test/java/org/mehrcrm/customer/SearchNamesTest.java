package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchNamesTest {

  @Test
  void latinNamesFoldToLowerCaseWithSingleSpaces() {
    assertThat(SearchNames.fold("Ali Rezaei")).isEqualTo("ali rezaei");
    assertThat(SearchNames.fold("  ALI  REZAEI ")).isEqualTo("ali rezaei");
    assertThat(SearchNames.fold("ALI\t\u00A0REZAEI")).isEqualTo("ali rezaei");
  }

  @Test
  void arabicYehAndPersianYehFoldAlike() {
    assertThat(SearchNames.fold("علي رضائي")).isEqualTo(SearchNames.fold("علی رضایی")).isEqualTo("علی رضایی");
    assertThat(SearchNames.fold("مصطفى")).isEqualTo("مصطفی");
  }

  @Test
  void arabicKafFoldsToKeheh() {
    assertThat(SearchNames.fold("\u0643\u0631\u064A\u0645")).isEqualTo(SearchNames.fold("کریم")).isEqualTo("کریم");
  }

  @Test
  void tehMarbutaFoldsToHeh() {
    assertThat(SearchNames.fold("فاطمة")).isEqualTo("فاطمه");
  }

  @Test
  void alefWithHamzaOrMaddaFoldsToAlef() {
    assertThat(SearchNames.fold("أحمد")).isEqualTo("احمد");
    assertThat(SearchNames.fold("إبراهيم")).isEqualTo("ابراهیم");
    assertThat(SearchNames.fold("آرش")).isEqualTo("ارش");
    assertThat(SearchNames.fold("مؤمن")).isEqualTo("مومن");
  }

  @Test
  void arabicDiacriticsAndTatweelAreDropped() {
    assertThat(SearchNames.fold("مُحَمَّد")).isEqualTo("محمد");
    assertThat(SearchNames.fold("محـــمد")).isEqualTo("محمد");
  }

  @ParameterizedTest
  @CsvSource({"۰۱۲۳۴۵۶۷۸۹, 0123456789", "٠١٢٣٤٥٦٧٨٩, 0123456789", "پلاک ۱۲, پلاک 12", "Ali 2, ali 2"})
  void persianAndArabicIndicDigitsFoldToAscii(String text, String folded) {
    assertThat(SearchNames.fold(text)).isEqualTo(folded);
  }

  @Test
  void zeroWidthNonJoinerIsIgnored() {
    assertThat(SearchNames.fold("می\u200Cخواهم")).isEqualTo(SearchNames.fold("میخواهم")).isEqualTo("میخواهم");
    assertThat(SearchNames.fold("نوری\u200Dزاده\u200F")).isEqualTo("نوریزاده");
  }

  @Test
  void cyrillicIoFoldsToIe() {
    assertThat(SearchNames.fold("Алёша")).isEqualTo(SearchNames.fold("Алеша")).isEqualTo("алеша");
    assertThat(SearchNames.fold("ЁЛКИН")).isEqualTo("елкин");
  }

  @Test
  void cyrillicIoWrittenWithACombiningDiaeresisFoldsToIe() {
    assertThat(SearchNames.fold("Але\u0308ша")).isEqualTo("алеша");
  }

  @Test
  void cyrillicShortIIsNotFoldedToI() {
    assertThat(SearchNames.fold("Йошкар")).isEqualTo("йошкар");
    assertThat(SearchNames.fold("Сергей")).isNotEqualTo(SearchNames.fold("Сергеи"));
    assertThat(SearchNames.fold("и\u0306")).isEqualTo("й");
  }

  @Test
  void latinAccentsAreRemoved() {
    assertThat(SearchNames.fold("José")).isEqualTo("jose");
    assertThat(SearchNames.fold("Zoë Ångström")).isEqualTo("zoe angstrom");
    assertThat(SearchNames.fold("Jose\u0301")).isEqualTo("jose");
    assertThat(SearchNames.fold("Çağlar Şahin")).isEqualTo("caglar sahin");
  }

  @Test
  void compatibilityFormsAreUnified() {
    assertThat(SearchNames.fold("ＡＬＩ")).isEqualTo("ali");
    assertThat(SearchNames.fold("ﬁrouz")).isEqualTo("firouz");
    assertThat(SearchNames.fold("\uFEDB\uFEAE\uFEF3\uFEE2")).as("presentation forms").isEqualTo("کریم");
  }

  @Test
  void greekFinalSigmaFoldsToSigma() {
    assertThat(SearchNames.fold("ΟΔΥΣΣΕΑΣ")).isEqualTo(SearchNames.fold("οδυσσεασ"));
  }

  @Test
  void blankFoldsToEmpty() {
    assertThat(SearchNames.fold("  \u200C\t ")).isEmpty();
  }

  @Test
  void foldingIsIdempotentOnTheDocumentedExamples() {
    for (String s : new String[] {"  ALI  Rezaei ", "علي رضائي", "Алёша", "José", "ё\u0308", "Е\u0308\u0308"}) {
      String once = SearchNames.fold(s);
      assertThat(SearchNames.fold(once)).as(s).isEqualTo(once);
    }
  }

  @Test
  void asciiDigitsReplacesOnlyPersianAndArabicIndicDigits() {
    assertThat(SearchNames.asciiDigits("۰۹۱۲-٣٤٥ abc ５")).isEqualTo("0912-345 abc ５");
    String unchanged = "no digits to change";
    assertThat(SearchNames.asciiDigits(unchanged)).isSameAs(unchanged);
  }
}
