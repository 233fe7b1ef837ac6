package io.commerceresolver.system;

import java.util.function.Supplier;

/** A unit of work for application services, so they need no framework annotation to be all-or-nothing. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
