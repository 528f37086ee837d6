package org.mehrcrm.archfixtures.json;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Keeps the Jackson rule: Jackson lives in a json package, as a mix-in. */
public abstract class CompliantValueMixin {
  @JsonProperty("customer")
  abstract Object customer();
}
