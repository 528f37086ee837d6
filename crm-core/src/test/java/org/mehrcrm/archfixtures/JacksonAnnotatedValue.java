package org.mehrcrm.archfixtures;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Breaks the Jackson rule: a domain value carrying a Jackson annotation outside a json package. */
public record JacksonAnnotatedValue(@JsonProperty("n") String name) {}
