package io.commerceresolver.policy.infrastructure.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.OBJECT_FACTORY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the policy manual, features/policy/, against the rules in rules/ (the glue compiles them once when no
 * runner hands it a candidate): the build proves the manual true. No Spring: the rules alone.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features/policy")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.commerceresolver.policy.infrastructure.features")
// cucumber-spring is on the test class path for the journeys; these steps need no Spring context
@ConfigurationParameter(key = OBJECT_FACTORY_PROPERTY_NAME, value = "io.cucumber.core.backend.DefaultObjectFactory")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary, html:target/cucumber-policy-report.html")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
public class PolicyFeaturesTest {
}
