package io.commerceresolver.system.persistence;

import org.mybatis.spring.mapper.MapperFactoryBean;
import org.mybatis.spring.mapper.MapperScannerConfigurer;
import org.springframework.beans.PropertyValue;
import org.springframework.beans.factory.aot.BeanRegistrationExcludeFilter;
import org.springframework.beans.factory.support.MergedBeanDefinitionPostProcessor;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;

/**
 * MyBatis's mappers under Spring's ahead-of-time processing (the packaged jar starts from bean definitions generated
 * at build time instead of scanning and evaluating its configuration at every start). The mappers are found once, at
 * build time, so MyBatis's scanner is left out of the generated code (this filter, listed in
 * {@code META-INF/spring/aot.factories}): run again at start, it would refuse to register every mapper a second time
 * ("conflicts with existing, non-compatible bean definition").
 */
class MapperScanAtBuildTime implements BeanRegistrationExcludeFilter {

    @Override
    public boolean isExcludedFromAotProcessing(RegisteredBean registeredBean) {
        return MapperScannerConfigurer.class.isAssignableFrom(registeredBean.getBeanClass());
    }

    /**
     * Gives each mapper's factory its interface as a class (the scanner leaves a class name, which the generated code
     * cannot pass to the constructor) and as its generic type, so that autowiring by the mapper's type finds it
     * without making the factory first. Without AOT (tests, {@code spring-boot:run}) the definitions are equivalent.
     */
    @Component
    static class MapperTypes implements MergedBeanDefinitionPostProcessor {

        @Override
        public void postProcessMergedBeanDefinition(RootBeanDefinition definition, Class<?> beanType, String beanName) {
            if (!MapperFactoryBean.class.isAssignableFrom(beanType)) {
                return;
            }
            PropertyValue mapperInterface = definition.getPropertyValues().getPropertyValue("mapperInterface");
            if (mapperInterface != null && mapperInterface.getValue() instanceof Class<?> type) {
                definition.setTargetType(ResolvableType.forClassWithGenerics(beanType, type));
                definition.getConstructorArgumentValues().clear();
                definition.getConstructorArgumentValues().addIndexedArgumentValue(0, type);
            }
        }
    }
}
