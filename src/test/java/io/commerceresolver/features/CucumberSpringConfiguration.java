package io.commerceresolver.features;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.commerceresolver.support.TestStores;

import io.cucumber.spring.CucumberContextConfiguration;

@CucumberContextConfiguration
@SpringBootTest
@Import(TestStores.class)
public class CucumberSpringConfiguration {
}
