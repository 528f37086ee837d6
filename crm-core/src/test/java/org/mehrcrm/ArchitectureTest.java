package org.mehrcrm;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.NullMarked;
import org.mehrcrm.kernel.CrmException;

/**
 * The architecture rules of crm-core, each a field whose name states the rule, with a failing and
 * a passing example in its Javadoc (in the style of the jMolecules rule catalogue).
 *
 * <p>{@code ArchitectureRulesCatchViolationsTest} evaluates the rules against small classes in
 * {@code org.mehrcrm.archfixtures} that break them, proving that each rule can fail.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {
  static final String ROOT = "org.mehrcrm";

  /**
   * Feature slices ({@code org.mehrcrm.<feature>..}, the kernel being one of them) depend on each
   * other without cycles.
   *
   * <p>Invalid: {@code customer} uses {@code complaint.ComplaintId} while {@code complaint} uses
   * {@code customer.CustomerId}:
   * <pre>{@code
   * package org.mehrcrm.customer;  record Customer(..., List<ComplaintId> openComplaints) {}
   * package org.mehrcrm.complaint; record Complaint(ComplaintId id, CustomerId customer) {}
   * }</pre>
   * Valid: only {@code complaint} depends on {@code customer}; the customer side learns about
   * complaints from {@code ComplaintOpened} events.
   */
  @ArchTest
  static final ArchRule FEATURE_SLICES_ARE_FREE_OF_CYCLES = featureSlicesAreFreeOfCycles(ROOT);

  /**
   * The shared kernel ({@code org.mehrcrm.kernel..}) depends on no feature.
   *
   * <p>Invalid: {@code package org.mehrcrm.kernel; record Money(...) { Money of(LoyaltyPoints p) {...} }}
   * (the kernel now needs {@code org.mehrcrm.loyalty}). Valid: {@code package org.mehrcrm.loyalty;
   * record LoyaltyPoints(...) { Money toMoney(...) {...} }}: features depend on the kernel.
   */
  @ArchTest
  static final ArchRule KERNEL_DEPENDS_ON_NO_FEATURE = kernelDependsOnNoFeature(ROOT);

  /**
   * No feature uses another feature's {@code internal} package.
   *
   * <p>Invalid: {@code package org.mehrcrm.complaint; import org.mehrcrm.customer.internal.CustomerIndex;}.
   * Valid: {@code package org.mehrcrm.customer; import org.mehrcrm.customer.internal.CustomerIndex;}
   * (a feature uses its own internals), or the complaint feature calling {@code CustomerService}.
   */
  @ArchTest
  static final ArchRule NO_FEATURE_USES_ANOTHER_FEATURES_INTERNALS = noFeatureUsesAnotherFeaturesInternals(ROOT);

  /**
   * The domain does not depend on Jackson; only a {@code ..json..} package (mix-ins and the
   * Jackson {@code Module}) may.
   *
   * <p>Invalid: {@code record Tag(@JsonProperty("v") String value)} in {@code org.mehrcrm.customer}.
   * Valid: {@code abstract class TagMixin { @JsonProperty("v") abstract String value(); }} in
   * {@code org.mehrcrm.json}.
   */
  @ArchTest
  static final ArchRule DOMAIN_DOES_NOT_DEPEND_ON_JACKSON_OUTSIDE_JSON = noClasses()
      .that().resideInAPackage(ROOT + "..")
      .and().resideOutsideOfPackage("..json..")
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
      .because("the domain carries no Jackson annotations; Jackson is optional and lives in the json package");

  /**
   * crm-core does not depend on JDBC or on the storage SPI: storage adapters depend on the
   * domain's ports, never the reverse.
   *
   * <p>Invalid: {@code CustomerRepository.save(Customer c, java.sql.Connection tx)}, or
   * {@code CustomerService} importing {@code org.mehrcrm.spi.StorageProvider}. Valid:
   * {@code CustomerRepository.save(Customer c)}, with the transaction behind the kernel's
   * {@code Transactions} port.
   */
  @ArchTest
  static final ArchRule DOMAIN_DOES_NOT_DEPEND_ON_JDBC_OR_THE_STORAGE_SPI = noClasses()
      .that().resideInAPackage(ROOT + "..")
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", ROOT + ".spi..");

  /**
   * Value types are records or final classes: every class of the domain that is not an aggregate
   * root, an application service, an exception, an enum or an interface.
   *
   * <p>Invalid: {@code public class PostalAddress { ... }} (a subclass could add mutable state).
   * Valid: {@code public record PostalAddress(String street, ...)}, or
   * {@code public final class AttributeSchema}.
   */
  @ArchTest
  static final ArchRule VALUE_TYPES_ARE_RECORDS_OR_FINAL_CLASSES = classes()
      .that().resideInAPackage(ROOT + "..")
      .and().areNotInterfaces()
      .and().areNotEnums()
      .and().areNotAssignableTo(Throwable.class)
      .and().areNotAnonymousClasses()
      .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
      .and(not(aggregateRoots()))
      .and().haveSimpleNameNotEndingWith("Service")
      .should(beARecordOrAFinalClass());

  /**
   * Aggregate roots are final classes made only through static factories.
   *
   * <p>Invalid: {@code public class Customer { public Customer(CustomerSnapshot s) {...} }}. Valid:
   * {@code public final class Customer { private Customer(...) {} public static Customer register(...) }}.
   */
  @ArchTest
  static final ArchRule AGGREGATE_ROOTS_ARE_FINAL_WITHOUT_PUBLIC_CONSTRUCTORS = classes()
      .that(aggregateRoots())
      .should().haveModifier(JavaModifier.FINAL)
      .andShould(haveNoPublicConstructor());

  /**
   * No public setters: a public method named {@code set[A-Z]...} that returns nothing or takes
   * exactly one argument. Commands that return a new instance and take the schema and moment
   * (such as {@code Customer.setAttribute(schema, name, value, at)}) are not setters.
   *
   * <p>Invalid: {@code public void setEmail(EmailAddress email)} or
   * {@code public Customer setOwner(String owner)}. Valid: {@code public Customer assignOwner(String owner, Instant at)}.
   */
  @ArchTest
  static final ArchRule NO_PUBLIC_SETTERS = methods()
      .that().areDeclaredInClassesThat().resideInAPackage(ROOT + "..")
      .should(notBeAPublicSetter());

  /**
   * Nothing reads the wall clock: no no-argument {@code Instant.now()}, {@code LocalDate.now()},
   * {@code LocalDateTime.now()}, {@code LocalTime.now()}, {@code ZonedDateTime.now()},
   * {@code OffsetDateTime.now()}, {@code Clock.systemUTC()}, {@code Clock.systemDefaultZone()},
   * {@code System.currentTimeMillis()} or {@code new Date()}; time comes from an injected
   * {@code Clock} or a passed {@code Instant}.
   *
   * <p>Invalid: {@code customer.tag(tag, Instant.now())}. Valid: {@code customer.tag(tag, clock.instant())}
   * or {@code Instant.now(clock)}.
   */
  @ArchTest
  static final ArchRule NO_WALL_CLOCK_READS = noClasses()
      .that().resideInAPackage(ROOT + "..")
      .should().callMethod(Instant.class, "now")
      .orShould().callMethod(LocalDate.class, "now")
      .orShould().callMethod(LocalDateTime.class, "now")
      .orShould().callMethod(LocalTime.class, "now")
      .orShould().callMethod(ZonedDateTime.class, "now")
      .orShould().callMethod(OffsetDateTime.class, "now")
      .orShould().callMethod(Clock.class, "systemUTC")
      .orShould().callMethod(Clock.class, "systemDefaultZone")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .orShould().callConstructor(Date.class)
      .because("time is injected: a Clock or an Instant");

  /**
   * Aggregates reference other aggregates by id only: no field (record components included) of a
   * class other than the aggregate root itself and its nested classes has an aggregate root type,
   * alone or as a type argument. In particular events carry ids, never aggregates.
   *
   * <p>Invalid: {@code record ComplaintOpened(Customer customer, Instant occurredAt)} or
   * {@code List<Customer> members} in another aggregate. Valid:
   * {@code record ComplaintOpened(ComplaintId complaintId, CustomerId customerId, Instant occurredAt)}.
   */
  @ArchTest
  static final ArchRule AGGREGATES_ARE_REFERENCED_BY_ID_ONLY = fields()
      .that().areDeclaredInClassesThat().resideInAPackage(ROOT + "..")
      .should(notHoldAnotherAggregate());

  /**
   * Every package has a {@code package-info} annotated {@code @NullMarked}.
   *
   * <p>Invalid: a new package {@code org.mehrcrm.loyalty} without {@code package-info.java}.
   * Valid: {@code @NullMarked package org.mehrcrm.loyalty;} in its {@code package-info.java}.
   */
  @ArchTest
  static final ArchRule EVERY_PACKAGE_IS_NULL_MARKED = classes()
      .that().resideInAPackage(ROOT + "..")
      .and().doNotHaveSimpleName("package-info")
      .should(resideInANullMarkedPackage());

  /**
   * No Guava type appears in a public signature (parameter or return type, also as a type
   * argument): hosts bring their own Guava version.
   *
   * <p>Invalid: {@code public ImmutableList<Tag> tags()}. Valid: {@code public List<Tag> tags()}
   * returning {@code ImmutableList.copyOf(...)} or {@code List.copyOf(...)} inside.
   */
  @ArchTest
  static final ArchRule NO_GUAVA_TYPES_IN_PUBLIC_SIGNATURES = codeUnits()
      .that().arePublic()
      .and().areDeclaredInClassesThat().resideInAPackage(ROOT + "..")
      .and().areDeclaredInClassesThat().arePublic()
      .should(notMentionTypesIn("com.google.common"));

  /**
   * Every exception extends {@link CrmException}, the one unchecked root.
   *
   * <p>Invalid: {@code public final class DuplicateCustomerException extends RuntimeException}.
   * Valid: {@code public final class DuplicateCustomerException extends CrmException}.
   */
  @ArchTest
  static final ArchRule EXCEPTIONS_EXTEND_CRM_EXCEPTION = classes()
      .that().resideInAPackage(ROOT + "..")
      .and().areAssignableTo(Throwable.class)
      .should().beAssignableTo(CrmException.class);

  // ---------------------------------------------------------------- rules over a root package

  static ArchRule featureSlicesAreFreeOfCycles(String root) {
    return slices().matching(root + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles();
  }

  static ArchRule kernelDependsOnNoFeature(String root) {
    return noClasses()
        .that().resideInAPackage(root + ".kernel..")
        .should().dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAPackage(root + ".kernel..")))
            .as("reside in a feature of " + root));
  }

  static ArchRule noFeatureUsesAnotherFeaturesInternals(String root) {
    Pattern featureOf = Pattern.compile(Pattern.quote(root) + "\\.([^.]+)(\\..*)?");
    Pattern internalOf = Pattern.compile(Pattern.quote(root) + "\\.([^.]+)\\.internal(\\..*)?");
    return classes().that().resideInAPackage(root + "..")
        .should(new ArchCondition<JavaClass>("not use another feature's internal package") {
          @Override
          public void check(JavaClass origin, ConditionEvents events) {
            Matcher own = featureOf.matcher(origin.getPackageName());
            String ownFeature = own.matches() ? own.group(1) : "";
            for (Dependency d : origin.getDirectDependenciesFromSelf()) {
              Matcher target = internalOf.matcher(d.getTargetClass().getPackageName());
              if (target.matches() && !target.group(1).equals(ownFeature)) {
                events.add(SimpleConditionEvent.violated(origin, d.getDescription()));
              }
            }
          }
        });
  }

  // ---------------------------------------------------------------- predicates and conditions

  /**
   * Aggregate roots: public final classes with a public static {@code restore(...Snapshot)} that
   * returns the class, as {@code Customer.restore(CustomerSnapshot)} does.
   */
  static DescribedPredicate<JavaClass> aggregateRoots() {
    return DescribedPredicate.describe("aggregate roots", ArchitectureTest::isAggregateRoot);
  }

  static boolean isAggregateRoot(JavaClass c) {
    return c.getMethods().stream().anyMatch(m -> m.getName().equals("restore")
        && m.getModifiers().contains(JavaModifier.STATIC)
        && m.getRawParameterTypes().size() == 1
        && m.getRawParameterTypes().get(0).getSimpleName().endsWith("Snapshot")
        && m.getRawReturnType().equals(c));
  }

  private static ArchCondition<JavaClass> beARecordOrAFinalClass() {
    return new ArchCondition<>("be a record or a final class") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        if (!c.isRecord() && !c.getModifiers().contains(JavaModifier.FINAL)) {
          events.add(SimpleConditionEvent.violated(c, c.getName() + " is neither a record nor final"));
        }
      }
    };
  }

  private static ArchCondition<JavaClass> haveNoPublicConstructor() {
    return new ArchCondition<>("have no public constructor") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        c.getConstructors().stream().filter(k -> k.getModifiers().contains(JavaModifier.PUBLIC))
            .forEach(k -> events.add(SimpleConditionEvent.violated(c, k.getFullName() + " is public")));
      }
    };
  }

  private static ArchCondition<JavaMethod> notBeAPublicSetter() {
    Pattern setter = Pattern.compile("set[A-Z].*");
    return new ArchCondition<>("not be a public setter") {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        boolean looksLikeSetter = m.getModifiers().contains(JavaModifier.PUBLIC)
            && setter.matcher(m.getName()).matches()
            && (m.getRawReturnType().getName().equals("void") || m.getRawParameterTypes().size() == 1);
        if (looksLikeSetter) {
          events.add(SimpleConditionEvent.violated(m, m.getFullName() + " is a public setter"));
        }
      }
    };
  }

  private static ArchCondition<JavaField> notHoldAnotherAggregate() {
    return new ArchCondition<>("not hold an aggregate other than its own") {
      @Override
      public void check(JavaField f, ConditionEvents events) {
        for (JavaClass type : f.getAllInvolvedRawTypes()) {
          if (isAggregateRoot(type) && !isSameOrNestedIn(f.getOwner(), type)) {
            events.add(SimpleConditionEvent.violated(f, f.getFullName() + " holds aggregate " + type.getSimpleName()
                + "; hold its id instead"));
          }
        }
      }
    };
  }

  private static boolean isSameOrNestedIn(JavaClass c, JavaClass outer) {
    Optional<JavaClass> current = Optional.of(c);
    while (current.isPresent()) {
      if (current.get().equals(outer)) {
        return true;
      }
      current = current.get().getEnclosingClass();
    }
    return false;
  }

  private static ArchCondition<JavaClass> resideInANullMarkedPackage() {
    return new ArchCondition<>("reside in a package whose package-info is @NullMarked") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        if (!c.getPackage().isAnnotatedWith(NullMarked.class)) {
          events.add(SimpleConditionEvent.violated(c, "package " + c.getPackageName() + " of " + c.getSimpleName()
              + " has no @NullMarked package-info"));
        }
      }
    };
  }

  private static ArchCondition<JavaCodeUnit> notMentionTypesIn(String packagePrefix) {
    return new ArchCondition<>("not mention types of " + packagePrefix + " in parameters or return type") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaType> signature = new ArrayList<>(unit.getParameterTypes());
        signature.add(unit.getReturnType());
        for (JavaType type : signature) {
          for (JavaClass involved : type.getAllInvolvedRawTypes()) {
            if (involved.getPackageName().startsWith(packagePrefix)) {
              events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " mentions " + involved.getName()));
            }
          }
        }
      }
    };
  }
}
