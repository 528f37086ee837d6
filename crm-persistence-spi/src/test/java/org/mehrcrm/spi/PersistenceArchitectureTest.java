package org.mehrcrm.spi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of crm-persistence-spi, each a field whose name states the rule, with an
 * invalid and a valid example in its Javadoc.
 */
class PersistenceArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("org.mehrcrm");
  private static final JavaClasses WITH_TCK = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("org.mehrcrm");

  /**
   * The in-memory package exposes only its provider; the repository, outbox, transactions and
   * index structures stay package-private.
   *
   * <p>Invalid: {@code public final class MemoryCustomerRepository}. Valid: {@code final class
   * MemoryCustomerRepository}, reached through {@code InMemoryStorageProvider.customers()}.
   */
  static final ArchRule ONLY_THE_PROVIDER_IS_PUBLIC_IN_THE_MEMORY_PACKAGE = classes()
      .that().resideInAPackage("org.mehrcrm.spi.memory..").and().arePublic()
      .should().haveSimpleName("InMemoryStorageProvider");

  /**
   * The SPI package does not depend on its reference implementation.
   *
   * <p>Invalid: {@code StorageProvider.inMemory()} returning {@code new InMemoryStorageProvider()}.
   * Valid: the in-memory provider is found through {@code META-INF/services} like any other.
   */
  static final ArchRule THE_SPI_DOES_NOT_DEPEND_ON_THE_IN_MEMORY_PROVIDER = noClasses()
      .that().resideInAPackage("org.mehrcrm.spi")
      .should().dependOnClassesThat().resideInAPackage("org.mehrcrm.spi.memory..");

  /**
   * The TCK is adapter-neutral: it does not depend on the in-memory provider.
   *
   * <p>Invalid: a contract test comparing results with {@code new InMemoryStorageProvider()}.
   * Valid: comparing with {@code CustomerQuery.matches}, the reference semantics.
   */
  static final ArchRule THE_TCK_DOES_NOT_DEPEND_ON_THE_IN_MEMORY_PROVIDER = noClasses()
      .that().resideInAPackage("org.mehrcrm.tck..")
      .should().dependOnClassesThat().resideInAPackage("org.mehrcrm.spi.memory..");

  /**
   * Library code never reads the system clock; time comes from the injected {@code Clock}.
   *
   * <p>Invalid: {@code Instant.now()}. Valid: {@code clock.instant()}.
   */
  static final ArchRule LIBRARY_CODE_READS_NO_SYSTEM_CLOCK = noClasses()
      .should().callMethod(System.class, "currentTimeMillis")
      .orShould().callMethod(Instant.class, "now")
      .orShould().callMethod(LocalDate.class, "now");

  /**
   * Library code writes nothing to standard out or standard error; it logs through SLF4J.
   *
   * <p>Invalid: {@code System.out.println(...)}. Valid: {@code LOG.debug(...)}.
   */
  static final ArchRule LIBRARY_CODE_DOES_NOT_PRINT = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @Test
  void onlyTheProviderIsPublicInTheMemoryPackage() {
    ONLY_THE_PROVIDER_IS_PUBLIC_IN_THE_MEMORY_PACKAGE.check(MAIN);
  }

  @Test
  void theSpiDoesNotDependOnTheInMemoryProvider() {
    THE_SPI_DOES_NOT_DEPEND_ON_THE_IN_MEMORY_PROVIDER.check(MAIN);
  }

  @Test
  void theTckDoesNotDependOnTheInMemoryProvider() {
    THE_TCK_DOES_NOT_DEPEND_ON_THE_IN_MEMORY_PROVIDER.check(WITH_TCK);
  }

  @Test
  void libraryCodeReadsNoSystemClock() {
    LIBRARY_CODE_READS_NO_SYSTEM_CLOCK.check(MAIN);
  }

  @Test
  void libraryCodeDoesNotPrint() {
    LIBRARY_CODE_DOES_NOT_PRINT.check(MAIN);
  }
}
