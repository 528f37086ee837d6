package org.mehrcrm.archfixtures;

/** Breaks two rules: a public setter, and a value type that is neither a record nor final. */
public class SetterBearingProfile {
  private String name = "";

  public String name() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
