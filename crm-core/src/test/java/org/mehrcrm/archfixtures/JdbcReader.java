package org.mehrcrm.archfixtures;

import java.sql.Connection;
import java.sql.SQLException;

/** Breaks the persistence rule: the domain talks JDBC. */
public final class JdbcReader {
  private JdbcReader() {}

  public static boolean isOpen(Connection connection) throws SQLException {
    return !connection.isClosed();
  }
}
