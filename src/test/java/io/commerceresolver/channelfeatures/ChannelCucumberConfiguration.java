package io.commerceresolver.channelfeatures;

import io.commerceresolver.support.ChannelIntakeTest;

import io.cucumber.spring.CucumberContextConfiguration;

@CucumberContextConfiguration
@ChannelIntakeTest
public class ChannelCucumberConfiguration {
}
