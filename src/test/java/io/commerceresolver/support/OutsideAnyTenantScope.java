package io.commerceresolver.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The test's thread starts outside any tenant scope, as the service's own threads do (see TestCodeSeesEveryTenant). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface OutsideAnyTenantScope {
}
