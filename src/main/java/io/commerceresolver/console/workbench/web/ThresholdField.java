package io.commerceresolver.console.workbench.web;

/** One threshold row of the candidate's form: the default as written in the DMN, its declared bounds and meaning. */
public record ThresholdField(String name, String value, String min, String max, String meaning) {
}
