package org.mehrcrm.examples;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.origin;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** The rules the examples keep: they use Mehr CRM as a host would, and never end the JVM early. */
@AnalyzeClasses(packages = "org.mehrcrm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String EXAMPLES = "org.mehrcrm.examples..";
  private static final String GENERATED = "..jmh_generated..";

  private static final DescribedPredicate<JavaClass> NON_PUBLIC_LIBRARY_TYPES =
      resideInAPackage("org.mehrcrm..")
          .and(not(resideInAPackage(EXAMPLES)))
          .and(not(modifier(PUBLIC)))
          .as("non-public types of the library");

  private static final DescribedPredicate<JavaCall<?>> EXIT_OUTSIDE_MAIN = DescribedPredicate.and(
      target(declaredIn(System.class).and(name("exit"))
          .or(declaredIn(Runtime.class).and(nameMatching("exit|halt")))),
      origin(not(name("main"))))
      .as("System.exit, Runtime.exit or Runtime.halt outside a main method");

  /**
   * Examples use the library only through its published API: no {@code internal} package.
   *
   * <p>Valid: {@code new InMemoryStorageProvider()} (public, in {@code org.mehrcrm.spi.memory}).
   * Invalid: {@code new org.mehrcrm.customer.internal.SomeHelper()}.
   */
  @ArchTest
  static final ArchRule examplesDoNotUseInternalPackages = noClasses()
      .that().resideInAPackage(EXAMPLES)
      .should().dependOnClassesThat().resideInAPackage("org.mehrcrm..internal..");

  /**
   * Examples use only public types of the library, as code in a host's own packages must.
   *
   * <p>Valid: {@code CustomerRegistration.person(name)}. Invalid: a reference to the
   * package-private {@code org.mehrcrm.customer.Codes} (it would compile only inside that package).
   */
  @ArchTest
  static final ArchRule examplesUseOnlyPublicLibraryTypes = noClasses()
      .that().resideInAPackage(EXAMPLES)
      .should().dependOnClassesThat(NON_PUBLIC_LIBRARY_TYPES);

  /**
   * Only a {@code main} method ends the JVM; commands return exit codes, so tests and hosts can run
   * them in-process.
   *
   * <p>Valid: {@code System.exit(commandLine.execute(args))} in {@code Main.main}. Invalid:
   * {@code System.exit(1)} in a command's {@code call()}.
   */
  @ArchTest
  static final ArchRule onlyMainExitsTheJvm = noClasses()
      .that().resideInAPackage(EXAMPLES)
      .should().callMethodWhere(EXIT_OUTSIDE_MAIN);

  /**
   * Examples read the time only through a {@link java.time.Clock}, as the library does.
   *
   * <p>Valid: {@code Clock.systemUTC().instant()} or {@code clock.instant()}. Invalid:
   * {@code Instant.now()} or {@code System.currentTimeMillis()}. JMH's generated stubs are exempt.
   */
  @ArchTest
  static final ArchRule examplesReadTimeThroughAClock = noClasses()
      .that().resideInAPackage(EXAMPLES).and().resideOutsideOfPackage(GENERATED)
      .should().callMethod(Instant.class, "now")
      .orShould().callMethod(LocalDate.class, "now")
      .orShould().callMethod(LocalDateTime.class, "now")
      .orShould().callMethod(ZonedDateTime.class, "now")
      .orShould().callMethod(OffsetDateTime.class, "now")
      .orShould().callMethod(System.class, "currentTimeMillis");
}
