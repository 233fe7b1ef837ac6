package io.commerceresolver.channelfeatures;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the intake channels of features/intake/ against real servers: a GreenMail IMAP and SMTP server, and a drop
 * folder under target/. Its own glue package, since its Spring context (ChannelIntakeTest) is not the journeys'.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features/intake")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.commerceresolver.channelfeatures")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "pretty, summary, html:target/cucumber-intake-report.html")
public class IntakeFeaturesIT {
}
