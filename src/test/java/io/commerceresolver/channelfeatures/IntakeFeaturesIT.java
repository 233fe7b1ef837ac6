package io.commerceresolver.channelfeatures;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectFile;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the mail, Gmail and file-drop channels of features/intake/ against real servers: a GreenMail IMAP and SMTP server,
 * a WireMock stub of Google's Gmail API (GmailStub), and a drop folder under target/ (the webhook channels run with the
 * journeys: CucumberSuiteTest). Its own glue package, since its Spring context (ChannelIntakeTest) is not the journeys'.
 */
@Suite
@IncludeEngines("cucumber")
@SelectFile("features/intake/mail.feature")
@SelectFile("features/intake/gmail.feature")
@SelectFile("features/intake/file_drop.feature")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.commerceresolver.channelfeatures")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "pretty, summary, html:target/cucumber-intake-report.html")
public class IntakeFeaturesIT {
}
