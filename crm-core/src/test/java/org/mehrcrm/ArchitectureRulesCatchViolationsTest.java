package org.mehrcrm;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mehrcrm.archfixtures.CompliantValue;
import org.mehrcrm.archfixtures.CustomerHoldingEvent;
import org.mehrcrm.archfixtures.FixtureFailure;
import org.mehrcrm.archfixtures.GuavaLeakingFinder;
import org.mehrcrm.archfixtures.JacksonAnnotatedValue;
import org.mehrcrm.archfixtures.JdbcReader;
import org.mehrcrm.archfixtures.RogueException;
import org.mehrcrm.archfixtures.SetterBearingProfile;
import org.mehrcrm.archfixtures.WallClockReader;
import org.mehrcrm.archfixtures.json.CompliantValueMixin;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerSnapshot;

/**
 * Proves that the rules of {@link ArchitectureTest} fail on code that breaks them and pass on code
 * that keeps them, using the classes in {@code org.mehrcrm.archfixtures}.
 */
class ArchitectureRulesCatchViolationsTest {
  private static final String FIXTURES = "org.mehrcrm.archfixtures";
  /** Main classes and the fixtures, imported once; each test evaluates a rule on a small part of them. */
  private static final JavaClasses ALL = new ClassFileImporter()
      .withImportOption(location -> !location.contains("/test-classes/") || location.contains("/archfixtures/"))
      .importPackages("org.mehrcrm");

  @Test
  void cycleRuleFlagsTwoSlicesThatUseEachOther() {
    JavaClasses cycle = inPackage(FIXTURES + ".cycle");

    assertViolatedBy(ArchitectureTest.featureSlicesAreFreeOfCycles(FIXTURES + ".cycle"), cycle, "alpha");
    assertKeptBy(ArchitectureTest.featureSlicesAreFreeOfCycles(FIXTURES + ".layers"),
        inPackage(FIXTURES + ".layers"));
  }

  @Test
  void kernelRuleFlagsAKernelThatUsesAFeature() {
    JavaClasses layers = inPackage(FIXTURES + ".layers");

    assertViolatedBy(ArchitectureTest.kernelDependsOnNoFeature(FIXTURES + ".layers"), layers, "Clockwork");
  }

  @Test
  void internalRuleFlagsAFeatureUsingAnotherFeaturesInternalsButNotItsOwn() {
    JavaClasses layers = inPackage(FIXTURES + ".layers");

    EvaluationResult result = ArchitectureTest.noFeatureUsesAnotherFeaturesInternals(FIXTURES + ".layers")
        .evaluate(layers);

    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("Parcel").doesNotContain("Invoice");
  }

  @Test
  void jacksonRuleFlagsAnnotationsOutsideTheJsonPackage() {
    assertViolatedBy(ArchitectureTest.DOMAIN_DOES_NOT_DEPEND_ON_JACKSON_OUTSIDE_JSON,
        classes(JacksonAnnotatedValue.class), "JacksonAnnotatedValue");
    assertKeptBy(ArchitectureTest.DOMAIN_DOES_NOT_DEPEND_ON_JACKSON_OUTSIDE_JSON,
        classes(CompliantValueMixin.class, CompliantValue.class));
  }

  @Test
  void persistenceRuleFlagsJdbcInTheDomain() {
    assertViolatedBy(ArchitectureTest.DOMAIN_DOES_NOT_DEPEND_ON_JDBC_OR_THE_STORAGE_SPI, classes(JdbcReader.class),
        "java.sql.Connection");
    assertKeptBy(ArchitectureTest.DOMAIN_DOES_NOT_DEPEND_ON_JDBC_OR_THE_STORAGE_SPI, classes(CompliantValue.class));
  }

  @Test
  void valueTypeRuleFlagsANonFinalClass() {
    assertViolatedBy(ArchitectureTest.VALUE_TYPES_ARE_RECORDS_OR_FINAL_CLASSES,
        classes(SetterBearingProfile.class), "SetterBearingProfile");
    assertKeptBy(ArchitectureTest.VALUE_TYPES_ARE_RECORDS_OR_FINAL_CLASSES,
        classes(CompliantValue.class, WallClockReader.class));
  }

  @Test
  void setterRuleFlagsAPublicSetter() {
    assertViolatedBy(ArchitectureTest.NO_PUBLIC_SETTERS, classes(SetterBearingProfile.class), "setName");
    assertKeptBy(ArchitectureTest.NO_PUBLIC_SETTERS, classes(CompliantValue.class, Customer.class));
  }

  @Test
  void clockRuleFlagsEveryWallClockRead() {
    EvaluationResult result = ArchitectureTest.NO_WALL_CLOCK_READS.evaluate(classes(WallClockReader.class));

    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("Instant.now()").contains("LocalDate.now()").contains("System.currentTimeMillis()");
    assertKeptBy(ArchitectureTest.NO_WALL_CLOCK_READS, classes(CompliantValue.class));
  }

  @Test
  void idOnlyRuleFlagsAnEventHoldingCustomers() {
    EvaluationResult result = ArchitectureTest.AGGREGATES_ARE_REFERENCED_BY_ID_ONLY
        .evaluate(classes(CustomerHoldingEvent.class, Customer.class));

    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("CustomerHoldingEvent.customer").contains("CustomerHoldingEvent.related");
    assertKeptBy(ArchitectureTest.AGGREGATES_ARE_REFERENCED_BY_ID_ONLY, classes(CompliantValue.class, Customer.class));
  }

  @Test
  void customerIsRecognisedAsAnAggregateRoot() {
    JavaClasses imported = classes(Customer.class, CustomerSnapshot.class, CompliantValue.class);

    assertThat(ArchitectureTest.isAggregateRoot(imported.get(Customer.class))).isTrue();
    assertThat(ArchitectureTest.isAggregateRoot(imported.get(CustomerSnapshot.class))).isFalse();
    assertThat(ArchitectureTest.isAggregateRoot(imported.get(CompliantValue.class))).isFalse();
  }

  @Test
  void nullMarkedRuleFlagsAPackageWithoutPackageInfo() {
    JavaClasses unmarked = inPackage(FIXTURES + ".unmarked");

    assertViolatedBy(ArchitectureTest.EVERY_PACKAGE_IS_NULL_MARKED, unmarked, "UnmarkedThing");
    assertKeptBy(ArchitectureTest.EVERY_PACKAGE_IS_NULL_MARKED,
        inPackage(FIXTURES + ".json"));
  }

  @Test
  void guavaRuleFlagsAGuavaReturnType() {
    assertViolatedBy(ArchitectureTest.NO_GUAVA_TYPES_IN_PUBLIC_SIGNATURES, classes(GuavaLeakingFinder.class),
        "com.google.common.collect.ImmutableList");
    assertKeptBy(ArchitectureTest.NO_GUAVA_TYPES_IN_PUBLIC_SIGNATURES, classes(CompliantValue.class));
  }

  @Test
  void exceptionRuleFlagsAnExceptionOutsideTheHierarchy() {
    assertViolatedBy(ArchitectureTest.EXCEPTIONS_EXTEND_CRM_EXCEPTION, classes(RogueException.class),
        "RogueException");
    assertKeptBy(ArchitectureTest.EXCEPTIONS_EXTEND_CRM_EXCEPTION, classes(FixtureFailure.class));
  }

  private static JavaClasses classes(Class<?>... types) {
    Set<String> names = Arrays.stream(types).map(Class::getName).collect(Collectors.toSet());
    return ALL.that(DescribedPredicate.describe("one of " + names, c -> names.contains(c.getName())));
  }

  private static JavaClasses inPackage(String packageName) {
    return ALL.that(JavaClass.Predicates.resideInAPackage(packageName + ".."));
  }

  private static void assertViolatedBy(ArchRule rule, JavaClasses classes, String culprit) {
    EvaluationResult result = rule.evaluate(classes);

    assertThat(result.hasViolation()).as("%s is broken", rule.getDescription()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .as("the violation names the culprit, so the rule did not just fail on an empty import")
        .contains(culprit);
  }

  private static void assertKeptBy(ArchRule rule, JavaClasses classes) {
    assertThat(classes).as("fixtures imported").isNotEmpty();
    EvaluationResult result = rule.evaluate(classes);

    assertThat(result.getFailureReport().getDetails()).as(rule.getDescription()).isEmpty();
  }
}
