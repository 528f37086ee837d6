package org.mehrcrm.access;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PermissionProperties {

  @Property
  void permissionParseRoundTrips(@ForAll("permissions") Permission permission) {
    assertThat(Permission.parse(permission.toString())).isEqualTo(permission);
  }

  @Property
  void everyPermissionCoversItselfAndStarStarCoversEveryPermission(@ForAll("permissions") Permission permission) {
    assertThat(permission.covers(permission)).isTrue();
    assertThat(Permission.parse("*:*").covers(permission)).isTrue();
  }

  @Property
  void aFeatureWildcardCoversExactlyThatFeaturesActions(@ForAll("permissions") Permission held,
      @ForAll("permissions") Permission requested) {
    Permission featureWide = Permission.of(held.feature(), "*");

    assertThat(featureWide.covers(requested))
        .isEqualTo(held.feature().equals("*") || held.feature().equals(requested.feature()));
  }

  @Property
  void coveringIsTransitive(@ForAll("permissions") Permission a, @ForAll("permissions") Permission b,
      @ForAll("permissions") Permission c) {
    if (a.covers(b) && b.covers(c)) {
      assertThat(a.covers(c)).isTrue();
    }
  }

  @Provide
  Arbitrary<Permission> permissions() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.of("*", "customer", "complaint", "read", "update", "move-stage"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(1)
            .flatMap(first -> Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMaxLength(39)
                .map(rest -> first + rest)));
    return Combinators.combine(word, word).as(Permission::of);
  }
}
