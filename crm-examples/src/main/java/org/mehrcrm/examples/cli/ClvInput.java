package org.mehrcrm.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.value.PurchaseHistories;
import org.mehrcrm.value.SpendHistories;

/**
 * Reads the inputs of {@code crm clv}: per-customer summaries (x, t_x, T[, zbar]; frequency,
 * recency, T[, monetary_value]; BTYD's x, t.x, T.cal[, m.x]; compressed BG/BB data with periods
 * and weights) or transaction logs (customer, date[, amount]) summarised at a calibration end.
 * Comma-separated with a header, or whitespace-separated (with a header, or with the column
 * names given); quotes around fields and CRLF line ends are accepted.
 */
final class ClvInput {
  private static final List<String> FREQUENCY = List.of("x", "frequency");
  private static final List<String> RECENCY = List.of("t_x", "recency", "t.x");
  private static final List<String> AGE = List.of("t", "t.cal", "periods", "n.cal", "age");
  private static final List<String> SPEND = List.of("zbar", "monetary_value", "m.x");
  private static final List<String> WEIGHT = List.of("weights", "weight", "custs");
  private static final List<String> ID = List.of("id", "customer", "customer_id", "cust", "masterid");
  private static final List<String> DATE = List.of("date");
  private static final List<String> AMOUNT = List.of("amount", "sales", "price", "dollar_value", "value");

  /** The time unit of summaries made from a transaction log. */
  enum Unit {
    DAYS(ChronoUnit.DAYS, 1), WEEKS(ChronoUnit.WEEKS, 7), MONTHS(ChronoUnit.MONTHS, 365.25 / 12),
    YEARS(ChronoUnit.YEARS, 365.25);

    final ChronoUnit calendar;
    final double days;

    Unit(ChronoUnit calendar, double days) {
      this.calendar = calendar;
      this.days = days;
    }
  }

  /** Per-customer summary: ids, histories and, where the input has it, mean repeat spend. */
  record Summary(List<String> ids, PurchaseHistories histories, double @Nullable [] meanSpend) {

    /** Returns the spend of the customers with repeat purchases and positive spend. */
    SpendHistories spend() {
      double[] m = meanSpend;
      if (m == null) {
        throw new InvalidFieldException("input", "must have a spend column (zbar, monetary_value, m.x) or amounts");
      }
      double[] x = histories.frequency();
      double[] w = histories.weight();
      List<Double> fs = new ArrayList<>();
      List<Double> ms = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        if (x[i] > 0 && m[i] > 0) {
          for (int k = 0; k < w[i]; k++) {
            fs.add(x[i]);
            ms.add(m[i]);
          }
        }
      }
      return SpendHistories.of(fs.stream().mapToDouble(Double::doubleValue).toArray(),
          ms.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }

  private final List<String> header;
  private final List<String[]> rows;

  private ClvInput(List<String> header, List<String[]> rows) {
    this.header = header;
    this.rows = rows;
  }

  /** Reads a file; {@code columns} names the columns of a file without header. */
  static ClvInput read(Path file, @Nullable List<String> columns) {
    List<String[]> rows = new ArrayList<>();
    List<String> header = null;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      Boolean comma = null;
      while ((line = in.readLine()) != null) {
        String text = line.strip();
        if (text.isEmpty()) {
          continue;
        }
        if (comma == null) {
          comma = text.contains(",");
        }
        String[] fields = comma ? text.split(",", -1) : text.split("\\s+");
        for (int i = 0; i < fields.length; i++) {
          fields[i] = unquote(fields[i].strip());
        }
        if (header == null && columns == null) {
          header = Arrays.stream(fields).map(f -> f.toLowerCase(Locale.ROOT)).toList();
          continue;
        }
        rows.add(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (columns != null) {
      header = columns.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    }
    if (header == null || rows.isEmpty()) {
      throw new InvalidFieldException("input", "must hold a header and at least one row");
    }
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).length != header.size()) {
        throw new InvalidFieldException("input row " + (r + 1), "must have " + header.size() + " fields like the header "
            + header);
      }
    }
    return new ClvInput(header, rows);
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }

  /** Tells whether the input is a transaction log (it has a date column). */
  boolean isTransactionLog() {
    return find(DATE) >= 0;
  }

  /** Tells whether the input is a per-customer summary. */
  boolean isSummary() {
    return find(FREQUENCY) >= 0 && find(RECENCY) >= 0 && find(AGE) >= 0;
  }

  List<String> header() {
    return header;
  }

  private int find(List<String> names) {
    for (String name : names) {
      int i = header.indexOf(name);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  private double number(String[] row, int column, int rowIndex) {
    try {
      return Double.parseDouble(row[column]);
    } catch (NumberFormatException e) {
      throw new InvalidFieldException("input row " + (rowIndex + 1) + " column " + header.get(column),
          "must be a number, not '" + row[column] + "'");
    }
  }

  /** Reads a per-customer summary as it is. */
  Summary summary() {
    int fx = find(FREQUENCY);
    int ftx = find(RECENCY);
    int ft = find(AGE);
    if (fx < 0 || ftx < 0 || ft < 0) {
      throw new InvalidFieldException("input", "must have the columns x|frequency, t_x|recency|t.x and "
          + "T|T.cal|periods, or be a transaction log with a date column; found " + header);
    }
    int fm = find(SPEND);
    int fw = find(WEIGHT);
    int fid = find(ID);
    int n = rows.size();
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    double[] w = new double[n];
    double[] m = fm >= 0 ? new double[n] : null;
    List<String> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String[] row = rows.get(i);
      x[i] = number(row, fx, i);
      tx[i] = number(row, ftx, i);
      t[i] = number(row, ft, i);
      w[i] = fw >= 0 ? number(row, fw, i) : 1;
      if (m != null) {
        m[i] = number(row, fm, i);
      }
      ids.add(fid >= 0 ? row[fid] : Integer.toString(i + 1));
    }
    return new Summary(ids, PurchaseHistories.weighted(x, tx, t, w), m);
  }

  /**
   * Summarises a transaction log at the calibration end: purchases on the same day are merged
   * (their amounts added); x counts the purchase days after the first, t_x and T run from the
   * first purchase to the last one and to the calibration end. With {@code discrete}, time is
   * counted in whole calendar periods (opportunities, for BG/BB): x is the number of periods after
   * the first with a purchase, t_x the last such period and T the periods up to the calibration end.
   */
  Summary transactions(LocalDate calibrationEnd, Unit unit, boolean discrete) {
    int fid = find(ID);
    int fdate = find(DATE);
    if (fid < 0 || fdate < 0) {
      throw new InvalidFieldException("input", "a transaction log must have a customer column (" + ID
          + ") and a date column; found " + header);
    }
    int famount = find(AMOUNT);
    Map<String, TreeMap<LocalDate, Double>> byCustomer = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      LocalDate date = date(row[fdate], i);
      if (date.isAfter(calibrationEnd)) {
        continue;
      }
      double amount = famount >= 0 ? number(row, famount, i) : 0;
      byCustomer.computeIfAbsent(row[fid], k -> new TreeMap<>()).merge(date, amount, Double::sum);
    }
    if (byCustomer.isEmpty()) {
      throw new InvalidFieldException("calibrationEnd", "must lie after the first purchase in the log");
    }
    int n = byCustomer.size();
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    double[] m = famount >= 0 ? new double[n] : null;
    List<String> ids = new ArrayList<>(n);
    int i = 0;
    for (Map.Entry<String, TreeMap<LocalDate, Double>> e : byCustomer.entrySet()) {
      ids.add(e.getKey());
      LocalDate first = e.getValue().firstKey();
      double spend = 0;
      if (discrete) {
        Map<Long, Boolean> periods = new HashMap<>();
        long last = 0;
        for (LocalDate d : e.getValue().keySet()) {
          long p = unit.calendar.between(first, d);
          if (p > 0) {
            periods.put(p, Boolean.TRUE);
            last = Math.max(last, p);
          }
        }
        x[i] = periods.size();
        tx[i] = last;
        t[i] = unit.calendar.between(first, calibrationEnd);
      } else {
        LocalDate last = e.getValue().lastKey();
        x[i] = e.getValue().size() - 1;
        tx[i] = x[i] == 0 ? 0 : ChronoUnit.DAYS.between(first, last) / unit.days;
        t[i] = ChronoUnit.DAYS.between(first, calibrationEnd) / unit.days;
      }
      boolean skipFirst = true;
      for (double amount : e.getValue().values()) {
        if (skipFirst) {
          skipFirst = false;
          continue;
        }
        spend += amount;
      }
      if (m != null) {
        m[i] = e.getValue().size() > 1 ? spend / (e.getValue().size() - 1) : 0;
      }
      i++;
    }
    return new Summary(ids, PurchaseHistories.of(x, tx, t), m);
  }

  private static LocalDate date(String text, int rowIndex) {
    String s = text.length() > 10 ? text.substring(0, 10) : text;
    try {
      if (s.length() == 8 && s.chars().allMatch(Character::isDigit)) {
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
            Integer.parseInt(s.substring(6, 8)));
      }
      return LocalDate.parse(s);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw new InvalidFieldException("input row " + (rowIndex + 1) + " column date",
          "must be a date as 2026-11-23 or 20261123, not '" + text + "'");
    }
  }
}
