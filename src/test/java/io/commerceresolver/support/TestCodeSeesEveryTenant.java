package io.commerceresolver.support;

import java.lang.reflect.Method;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

import io.commerceresolver.system.TenantScope;

/**
 * Registered for every Jupiter test (META-INF/services, junit-platform.properties): the test's own thread is system
 * code. It sets up stores and reads back rows of whichever tenant it made, as it does on H2, so on PostgreSQL its
 * direct look-ups run {@link TenantScope#acrossTenants}. What the service does stays scoped as in production: requests
 * on the server's threads, jobs on the workers', and anything the test itself enters with {@link TenantScope#of}
 * (which narrows). Row-level security itself is tested through the service's role by RowLevelSecurityIT, which opts
 * out with {@link OutsideAnyTenantScope}, as do the tests of the scope itself.
 */
public class TestCodeSeesEveryTenant implements InvocationInterceptor {

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
                                          ExtensionContext context) throws Throwable {
        proceed(invocation, context);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method, ExtensionContext context)
            throws Throwable {
        proceed(invocation, context);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
                                         ExtensionContext context) throws Throwable {
        proceed(invocation, context);
    }

    private static void proceed(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        boolean outside = context.getTestClass().map(type -> AnnotationSupport.isAnnotated(type, OutsideAnyTenantScope.class)).orElse(false);
        if (outside) {
            invocation.proceed();
            return;
        }
        Throwable[] failure = new Throwable[1];
        TenantScope.acrossTenants(() -> {
            try {
                invocation.proceed();
            } catch (Throwable thrown) {
                failure[0] = thrown;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
