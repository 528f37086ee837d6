package org.mehrcrm.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.access.PersonalData;
import org.mehrcrm.customer.EmailAddress;
import org.mehrcrm.customer.PhoneNumber;
import org.mehrcrm.customer.SearchNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crm check}: validates and normalises input the way the library stores and searches it. */
@Command(
    name = "check",
    description = {
        "Validates e-mail addresses, phone numbers and names as Mehr CRM does, and prints the "
            + "stored form, the search form and the form masked for logs.",
        "Example: crm check --phone '0912 123 4567' --region IR --name 'علي رضائي'"})
final class CheckCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--email", paramLabel = "ADDRESS", description = "An e-mail address; repeatable.")
  List<String> emails = new ArrayList<>();

  @Option(names = "--phone", paramLabel = "NUMBER",
      description = "A phone number, international (+98 …) or national with --region; repeatable.")
  List<String> phones = new ArrayList<>();

  @Option(names = "--region", paramLabel = "CC",
      description = "The ISO 3166 region for national phone numbers, e.g. IR.")
  @Nullable String region;

  @Option(names = "--name", paramLabel = "TEXT", description = "A name in any script; repeatable.")
  List<String> names = new ArrayList<>();

  @Override
  public Integer call() {
    if (emails.isEmpty() && phones.isEmpty() && names.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing input: give --email, --phone or --name");
    }
    // Validate everything first, so that a bad value prints only its error.
    List<EmailAddress> checkedEmails = emails.stream().map(EmailAddress::of).toList();
    String r = region;
    List<PhoneNumber> checkedPhones = phones.stream()
        .map(p -> r == null ? PhoneNumber.of(p) : PhoneNumber.parse(p, r))
        .toList();
    int width = 0;
    for (EmailAddress e : checkedEmails) {
      width = Math.max(width, e.value().length());
    }
    for (PhoneNumber p : checkedPhones) {
      width = Math.max(width, p.value().length());
    }
    String format = "%-5s  stored as %-" + Math.max(width, 1) + "s  logged as %s%n";
    PrintWriter out = spec.commandLine().getOut();
    for (EmailAddress e : checkedEmails) {
      out.printf(format, "email", e.value(), PersonalData.maskEmail(e.value()));
    }
    for (PhoneNumber p : checkedPhones) {
      out.printf(format, "phone", p.value(), PersonalData.maskPhone(p.value()));
    }
    for (String n : names) {
      out.printf("name   logged as %s  searched as %s%n", PersonalData.maskName(n), SearchNames.fold(n));
    }
    out.flush();
    return 0;
  }
}
