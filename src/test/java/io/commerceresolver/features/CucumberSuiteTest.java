package io.commerceresolver.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.SelectFile;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the ticket journeys of features/journeys/ and the webhook channels of features/intake/ against the real rules,
 * playbooks and store (the rules alone: PolicyFeaturesTest; the mail and file channels: IntakeFeaturesIT).
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features/journeys")
@SelectFile("features/intake/marketplace_webhooks.feature")
@SelectFile("features/intake/helpdesk_webhooks.feature")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.commerceresolver.features")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "pretty, summary, html:target/cucumber-report.html")
public class CucumberSuiteTest {
}
