package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.customer.Invalid.assertInvalid;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyTest {

  @Test
  void personNamePartsAreStoredTrimmedAsWritten() {
    PersonName name = PersonName.of("  Ali ", " Rezaei  ");

    assertThat(name.given()).isEqualTo("Ali");
    assertThat(name.family()).isEqualTo("Rezaei");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ali     | Rezaei   | Ali Rezaei",
      "علی     | رضایی    | علی رضایی",
      "Алексей | Смирнов  | Алексей Смирнов",
      "Sukarno | ''       | Sukarno",
      "''      | Madonna  | Madonna",
      "'  '    | Madonna  | Madonna"})
  void fullNameIsGivenSpaceFamilyOrTheSinglePart(String given, String family, String fullName) {
    PersonName name = PersonName.of(given, family);

    assertThat(name.fullName()).isEqualTo(fullName);
    assertThat(new Person(name).displayName()).isEqualTo(fullName);
  }

  @Test
  void nameNeedsAGivenOrAFamilyPart() {
    assertInvalid(() -> PersonName.of(" ", ""), "name", "must have a given or a family name");
  }

  @Test
  void namePartsAreAtMostAHundredCharacters() {
    assertThat(PersonName.of("g".repeat(100), "").given()).hasSize(100);
    assertInvalid(() -> PersonName.of("g".repeat(101), "Rezaei"), "name.given", "must be at most 100 characters");
    assertInvalid(() -> PersonName.of("Ali", "f".repeat(101)), "name.family", "must be at most 100 characters");
  }

  @Test
  void namePartsMustNotHoldControlCharacters() {
    assertInvalid(() -> PersonName.of("Al\u0000i", "Rezaei"), "name.given", "must not contain control characters");
  }

  @Test
  void namePartsMustNotBeNull() {
    assertInvalid(() -> PersonName.of(null, "Rezaei"), "name.given", "must not be null");
    assertInvalid(() -> PersonName.of("Ali", null), "name.family", "must not be null");
  }

  @Test
  void personIsAPersonParty() {
    assertThat(new Person(PersonName.of("Ali", "Rezaei")).kind()).isEqualTo(PartyKind.PERSON);
  }

  @Test
  void organisationKeepsItsLegalNameAsGiven() {
    Organisation org = Organisation.of("  Pars Steel Co. ", " 10101234567 ");

    assertThat(org.legalName()).isEqualTo("Pars Steel Co.");
    assertThat(org.registrationNumber()).isEqualTo("10101234567");
    assertThat(org.contactPersons()).isEmpty();
    assertThat(org.displayName()).isEqualTo("Pars Steel Co.");
    assertThat(org.kind()).isEqualTo(PartyKind.ORGANISATION);
  }

  @Test
  void organisationRegistrationNumberIsOptionalButNotBlank() {
    assertThat(Organisation.of("Pars Steel Co.", null).registrationNumber()).isNull();
    assertInvalid(() -> Organisation.of("Pars Steel Co.", " "), "registrationNumber", "must not be blank");
  }

  @Test
  void organisationLegalNameIsRequiredAndAtMostTwoHundredCharacters() {
    assertInvalid(() -> Organisation.of("", null), "legalName", "must not be blank");
    assertInvalid(() -> Organisation.of("n".repeat(201), null), "legalName", "must be at most 200 characters");
  }

  @Test
  void organisationListsAPersonOnlyOnce() {
    List<ContactPerson> people = List.of(new ContactPerson(CustomerId.of("P-1"), "buyer"),
        new ContactPerson(CustomerId.of("P-1"), "owner"));

    assertInvalid(() -> new Organisation("Pars Steel Co.", null, people), "contactPersons",
        "must not list a person twice");
  }

  @Test
  void organisationKeepsItsOwnUnmodifiableCopyOfContactPersons() {
    List<ContactPerson> people = new ArrayList<>(List.of(new ContactPerson(CustomerId.of("P-1"), "buyer")));
    Organisation org = new Organisation("Pars Steel Co.", null, people);

    people.clear();

    assertThat(org.contactPersons()).hasSize(1);
    assertThatThrownBy(() -> org.contactPersons().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void contactPersonRoleIsTrimmedAndRequired() {
    assertThat(new ContactPerson(CustomerId.of("P-1"), " purchasing manager ").role()).isEqualTo("purchasing manager");
    assertInvalid(() -> new ContactPerson(CustomerId.of("P-1"), " "), "contactPerson.role", "must not be blank");
    assertInvalid(() -> new ContactPerson(CustomerId.of("P-1"), "r".repeat(101)), "contactPerson.role",
        "must be at most 100 characters");
  }
}
