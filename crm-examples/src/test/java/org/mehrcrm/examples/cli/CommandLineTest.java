package org.mehrcrm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("crm command line")
class CommandLineTest {

  static Stream<String> commands() {
    List<String> names = new ArrayList<>(Main.newCommandLine(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter())).getSubcommands().keySet());
    names.add(0, "");
    return names.stream();
  }

  @ParameterizedTest(name = "crm {0} --help")
  @MethodSource("commands")
  @DisplayName("--help prints the usage of every command and exits with 0")
  void helpOnEveryCommand(String command) {
    Run run = command.isEmpty() ? Run.of("--help") : Run.of(command, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains(("Usage: crm " + command).strip()).contains("Exit codes:");
  }

  @Test
  @DisplayName("--version prints the project's version")
  void version() {
    Run run = Run.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("crm 0.").contains("Java ");
  }

  @Test
  @DisplayName("an unknown option is a usage error: exit code 2 and one line on standard error")
  void unknownOption() {
    Run run = Run.of("demo", "--bogus");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("crm: Unknown option: '--bogus' (see 'crm demo --help')");
  }

  @Test
  @DisplayName("a value of the wrong type is a usage error on one line")
  void badValue() {
    Run run = Run.of("demo", "--at", "yesterday");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("crm: Invalid value for option '--at'");
  }

  @Test
  @DisplayName("no command is a usage error on one line")
  void noCommand() {
    Run run = Run.of();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("crm: Missing command (see 'crm --help')");
  }

  @Test
  @DisplayName("a failure prints the library's message on one line and exits with 1")
  void failure() {
    Run run = Run.of("check", "--email", "ali.example.com");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("crm: email: must contain '@'");
  }

  @Test
  @DisplayName("--verbose adds the stack trace to a failure")
  void verboseFailure() {
    Run run = Run.of("check", "--verbose", "--phone", "12");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines().get(0)).isEqualTo(
        "crm: phone: must start with '+' and a country code, or be parsed with a region");
    assertThat(run.errLines()).hasSizeGreaterThan(2)
        .anySatisfy(line -> assertThat(line).contains("at org.mehrcrm.customer.PhoneNumber"));
  }

  @Test
  @DisplayName("check prints the stored, logged and searched forms")
  void check() {
    Run run = Run.of("check", "--email", " Ali.Rezaei@Example.COM ", "--phone", "0912 123 4567",
        "--region", "IR", "--name", "علي رضائي");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).containsExactly(
        "email  stored as ali.rezaei@example.com  logged as a***@e***.com",
        "phone  stored as +989121234567           logged as +98*******567",
        "name   logged as ع*** ر***  searched as علی رضایی");
  }

  @Test
  @DisplayName("bench passes its arguments to JMH and reports JMH's usage errors with exit code 2")
  void benchArguments() {
    Run list = Run.of("bench", "-l");
    assertThat(list.exitCode()).isZero();
    Run bad = Run.of("bench", "-zz");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines()).singleElement().asString().startsWith("crm: JMH: ");
  }
}
