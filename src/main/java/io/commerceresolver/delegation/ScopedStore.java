package io.commerceresolver.delegation;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Supplier;

import io.commerceresolver.connector.CommerceConnector;

/**
 * The connector behind a delegation. A proxy rather than a class implementing each verb, so that a method added to
 * the port (default ones included) passes through the same check and cannot reach the store unchecked. Every verb's
 * first argument is the tenant (VerbsTest holds the port to that).
 */
final class ScopedStore implements InvocationHandler {

    private final Delegations delegations;
    private final Delegation delegation;
    private final Supplier<CommerceConnector> acting;

    ScopedStore(Delegations delegations, Delegation delegation, Supplier<CommerceConnector> acting) {
        this.delegations = delegations;
        this.delegation = delegation;
        this.acting = acting;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "CommerceConnector[" + delegation.component().key() + " " + delegation.scope().key() + " "
                        + delegation.exchangeId() + "]";
            };
        }
        String tenantId = args != null && args.length > 0 && args[0] instanceof String tenant ? tenant : null;
        delegations.admit(delegation, tenantId, method.getName());
        try {
            return method.invoke(acting.get(), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
