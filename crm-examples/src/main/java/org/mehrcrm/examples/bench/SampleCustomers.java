package org.mehrcrm.examples.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;
import org.mehrcrm.customer.AttributeSchema;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerRegistration;
import org.mehrcrm.customer.EmailAddress;
import org.mehrcrm.customer.PersonName;
import org.mehrcrm.customer.PhoneNumber;
import org.mehrcrm.kernel.IdGenerator;

/**
 * Typical customers made in bulk: persons from Iran, Russia, Germany and Spain with names in
 * their own script, one e-mail address, one mobile number of their country and one tag.
 *
 * <p>Example: {@code repository.save(SampleCustomers.person(7, SampleCustomers.id(7), SampleCustomers.registeredAt(7)))}.
 * Customer {@code n} always gets the same {@link #id(int)}, name, {@link #email(int)} and {@link #phone(int)};
 * addresses and numbers differ for every {@code n} below {@link #MAX}. Names repeat as real ones
 * do: 32 given and 32 family names per country (Spaniards carry two family names), about 35,000
 * full names in all. {@link #personWithDistinctName} gives every customer a name of its own
 * instead, the worst case for the name index. Every string is a fresh copy, as if read from a
 * request or a database row, so heap measurements gain nothing from sharing that real data would
 * not have. Thread-safe.
 */
public final class SampleCustomers {
  /** The exclusive upper bound of {@code n}: each country's numbers hold 2.5 million customers. */
  public static final int MAX = 10_000_000;

  /** When customer 0 registered; the others follow {@link #EVERY} apart. */
  public static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");

  /** The time between two registrations: a million customers in three years. */
  public static final Duration EVERY = Duration.ofSeconds(95);

  private static final String LOADER = "bulk-loader";
  private static final String[] TAGS = {"newsletter", "b2c", "retail", "vip", "lead"};
  private static final int IR = 0;
  private static final int RU = 1;
  private static final int ES = 3;

  /** Per country: given names, native then Latin spelling; the first 16 are men's names. */
  private static final String[][][] GIVEN = {
      pairs("علی ali|محمد mohammad|حسین hossein|رضا reza|مهدی mahdi|امیر amir|حسن hassan|"
          + "مصطفی mostafa|سعید saeed|مجید majid|احمد ahmad|حمید hamid|جواد javad|کاظم kazem|"
          + "ابراهیم ebrahim|یوسف yousef|مریم maryam|فاطمه fatemeh|زهرا zahra|سارا sara|نرگس narges|"
          + "مینا mina|لیلا leila|شیرین shirin|پریسا parisa|الهام elham|سمیرا samira|نازنین nazanin|"
          + "مهسا mahsa|آزاده azadeh|رویا roya|نیلوفر niloufar"),
      pairs("Алексей alexei|Дмитрий dmitry|Сергей sergei|Андрей andrei|Иван ivan|Михаил mikhail|"
          + "Николай nikolai|Владимир vladimir|Павел pavel|Артём artyom|Егор egor|Максим maxim|"
          + "Юрий yuri|Олег oleg|Игорь igor|Фёдор fyodor|Анна anna|Мария maria|Елена elena|"
          + "Ольга olga|Наталья natalia|Татьяна tatiana|Ирина irina|Светлана svetlana|"
          + "Екатерина ekaterina|Юлия yulia|Дарья daria|Алёна alyona|Ксения ksenia|Полина polina|"
          + "Вера vera|Софья sofia"),
      pairs("Jürgen juergen|Lukas lukas|Maximilian maximilian|Felix felix|Paul paul|Jonas jonas|"
          + "Leon leon|Tobias tobias|Stefan stefan|Thomas thomas|Andreas andreas|Michael michael|"
          + "Klaus klaus|Uwe uwe|Günter guenter|Jörg joerg|Anna anna|Sophie sophie|Marie marie|"
          + "Lena lena|Laura laura|Julia julia|Katharina katharina|Sabine sabine|Petra petra|"
          + "Ursula ursula|Monika monika|Jana jana|Lea lea|Hannah hannah|Käthe kaethe|Bärbel baerbel"),
      pairs("José jose|Antonio antonio|Manuel manuel|Francisco francisco|Juan juan|David david|"
          + "Javier javier|Carlos carlos|Pablo pablo|Miguel miguel|Alejandro alejandro|Sergio sergio|"
          + "Jorge jorge|Álvaro alvaro|Raúl raul|Andrés andres|María maria|Carmen carmen|Lucía lucia|"
          + "Ana ana|Laura laura|Isabel isabel|Marta marta|Elena elena|Cristina cristina|Paula paula|"
          + "Sara sara|Sofía sofia|Inés ines|Pilar pilar|Rocío rocio|Begoña begona")};

  /** Per country: family names, native then Latin spelling; Russian ones in the men's form. */
  private static final String[][][] FAMILY = {
      pairs("رضایی rezaei|محمدی mohammadi|حسینی hosseini|احمدی ahmadi|کریمی karimi|موسوی mousavi|"
          + "جعفری jafari|صادقی sadeghi|رحیمی rahimi|قاسمی ghasemi|هاشمی hashemi|کاظمی kazemi|"
          + "ابراهیمی ebrahimi|نوری nouri|طاهری taheri|عباسی abbasi|سلیمانی soleimani|اکبری akbari|"
          + "یزدانی yazdani|شریفی sharifi|نجفی najafi|مرادی moradi|بهرامی bahrami|زارعی zarei|"
          + "فرهادی farhadi|نظری nazari|کرمانی kermani|شیرازی shirazi|تهرانی tehrani|"
          + "اصفهانی esfahani|حیدری heydari|امینی amini"),
      pairs("Смирнов smirnov|Иванов ivanov|Кузнецов kuznetsov|Попов popov|Соколов sokolov|"
          + "Лебедев lebedev|Козлов kozlov|Новиков novikov|Морозов morozov|Петров petrov|"
          + "Волков volkov|Соловьёв solovyov|Васильев vasiliev|Зайцев zaitsev|Павлов pavlov|"
          + "Семёнов semyonov|Голубев golubev|Виноградов vinogradov|Богданов bogdanov|"
          + "Воробьёв vorobyov|Фёдоров fyodorov|Михайлов mikhailov|Беляев belyaev|Тарасов tarasov|"
          + "Белов belov|Комаров komarov|Орлов orlov|Киселёв kiselyov|Макаров makarov|"
          + "Андреев andreev|Ковалёв kovalyov|Ильин ilyin"),
      pairs("Müller mueller|Schmidt schmidt|Schneider schneider|Fischer fischer|Weber weber|"
          + "Meyer meyer|Wagner wagner|Becker becker|Schulz schulz|Hoffmann hoffmann|"
          + "Schäfer schaefer|Koch koch|Bauer bauer|Richter richter|Klein klein|Wolf wolf|"
          + "Schröder schroeder|Neumann neumann|Schwarz schwarz|Zimmermann zimmermann|Braun braun|"
          + "Krüger krueger|Hofmann hofmann|Hartmann hartmann|Lange lange|Schmitt schmitt|"
          + "Werner werner|Schmitz schmitz|Krause krause|Meier meier|Lehmann lehmann|Weiß weiss"),
      pairs("García garcia|Rodríguez rodriguez|González gonzalez|Fernández fernandez|López lopez|"
          + "Martínez martinez|Sánchez sanchez|Pérez perez|Gómez gomez|Martín martin|"
          + "Jiménez jimenez|Ruiz ruiz|Hernández hernandez|Díaz diaz|Moreno moreno|Muñoz munoz|"
          + "Álvarez alvarez|Romero romero|Alonso alonso|Gutiérrez gutierrez|Navarro navarro|"
          + "Torres torres|Domínguez dominguez|Vázquez vazquez|Ramos ramos|Gil gil|"
          + "Ramírez ramirez|Serrano serrano|Blanco blanco|Molina molina|Morales morales|"
          + "Ortega ortega")};

  /** Letters for the made-up words of distinct names, per country. */
  private static final String[] ALPHABETS = {
      "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی",
      "абвгдежзийклмнопрстуфхцчшщыэюя",
      "abcdefghijklmnopqrstuvwxyzäöü",
      "abcdefghijklmnopqrstuvwxyzñáé"};

  private static final String[] DOMAINS = {"example.ir", "example.ru", "example.de", "example.es"};
  private static final String[] PHONE_PREFIX = {"+98912", "+7916", "+49151", "+346"};
  private static final int[] PHONE_DIGITS = {7, 7, 8, 8};

  private SampleCustomers() {}

  /**
   * Returns customer {@code n}, registered as a prospect by a bulk loader; names repeat as in
   * real data.
   *
   * @param n the customer's number, 0 to {@link #MAX} exclusive
   * @param id the customer's id
   * @param at when the customer registered
   * @return the new customer at version 0, ready for {@code CustomerRepository.save}
   */
  public static Customer person(int n, CustomerId id, Instant at) {
    return register(n, id, at, familyName(n));
  }

  /**
   * Returns customer {@code n} as {@link #person} does, but with a made-up word added to the
   * family name so that no two customers share a name.
   *
   * @param n the customer's number, 0 to {@link #MAX} exclusive
   * @param id the customer's id
   * @param at when the customer registered
   * @return the new customer at version 0
   */
  public static Customer personWithDistinctName(int n, CustomerId id, Instant at) {
    return register(n, id, at, familyName(n) + " " + word(n));
  }

  /**
   * Returns when customer {@code n} registered.
   *
   * @param n the customer's number
   * @return {@link #FIRST} plus {@code n} times {@link #EVERY}
   */
  public static Instant registeredAt(int n) {
    country(n);
    return FIRST.plus(EVERY.multipliedBy(n));
  }

  /**
   * Returns the id the library's time-ordered generator gave customer {@code n} when it
   * registered: 26 characters, the time of {@link #registeredAt(int)} and 80 random bits.
   *
   * @param n the customer's number
   * @return the id
   */
  public static CustomerId id(int n) {
    Clock then = Clock.fixed(registeredAt(n), ZoneOffset.UTC);
    return CustomerId.of(IdGenerator.timeOrdered(then, new Random(n)).nextId());
  }

  /**
   * Returns customer {@code n}'s e-mail address, e.g. {@code "ali.rezaei.0@example.ir"}.
   *
   * @param n the customer's number
   * @return the address
   */
  public static EmailAddress email(int n) {
    int country = country(n);
    int k = n / 4;
    return EmailAddress.of(GIVEN[country][k % 32][1] + "." + FAMILY[country][(k / 32) % 32][1]
        + "." + n + "@" + DOMAINS[country]);
  }

  /**
   * Returns customer {@code n}'s mobile number in its country.
   *
   * @param n the customer's number
   * @return the number
   */
  public static PhoneNumber phone(int n) {
    int country = country(n);
    String digits = String.format(Locale.ROOT, "%0" + PHONE_DIGITS[country] + "d", n / 4);
    return PhoneNumber.of(PHONE_PREFIX[country] + digits);
  }

  private static Customer register(int n, CustomerId id, Instant at, String family) {
    int country = country(n);
    CustomerRegistration registration = CustomerRegistration
        .person(PersonName.of(fresh(GIVEN[country][(n / 4) % 32][0]), fresh(family)))
        .contact(email(n))
        .contact(phone(n))
        .tag(fresh(TAGS[n % TAGS.length]))
        .build();
    return Customer.register(id, registration, AttributeSchema.empty(), LOADER, at);
  }

  private static String familyName(int n) {
    int country = country(n);
    int k = n / 4;
    boolean woman = k % 32 >= 16;
    String family = FAMILY[country][(k / 32) % 32][0];
    if (country == RU && woman) {
      return family + "а";
    }
    if (country == ES) {
      return family + " " + FAMILY[ES][(k / 1024) % 32][0];
    }
    return family;
  }

  /** A five-letter word in the country's script, different for every n of the country. */
  private static String word(int n) {
    String letters = ALPHABETS[country(n)];
    int base = letters.length();
    StringBuilder w = new StringBuilder(5);
    int k = n / 4;
    for (int i = 0; i < 5; i++) {
      w.append(letters.charAt(k % base));
      k /= base;
    }
    if (country(n) != IR) {
      w.setCharAt(0, Character.toUpperCase(w.charAt(0)));
    }
    return w.toString();
  }

  private static int country(int n) {
    if (n < 0 || n >= MAX) {
      throw new IllegalArgumentException("n must be 0 to " + (MAX - 1) + ": " + n);
    }
    return n % 4;
  }

  private static String[][] pairs(String list) {
    String[] entries = list.split("\\|");
    String[][] out = new String[entries.length][];
    for (int i = 0; i < entries.length; i++) {
      out[i] = entries[i].split(" ");
    }
    return out;
  }

  private static String fresh(String s) {
    return new String(s);
  }
}
