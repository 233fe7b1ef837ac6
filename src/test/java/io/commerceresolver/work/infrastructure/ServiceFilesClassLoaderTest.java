package io.commerceresolver.work.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ServiceFilesClassLoaderTest {

    /** The application's loader, counting how often it is asked for a resource list. */
    private static final class Counting extends ClassLoader {
        final AtomicInteger lookups = new AtomicInteger();

        Counting() {
            super(ServiceFilesClassLoaderTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            lookups.incrementAndGet();
            return super.getResources(name);
        }
    }

    @Test
    void aServiceFileIsLookedUpOnceAndFoundTheSameEveryTime() throws IOException {
        Counting application = new Counting();
        ServiceFilesClassLoader loader = new ServiceFilesClassLoader(application);
        String file = "META-INF/services/java.sql.Driver";

        var first = Collections.list(loader.getResources(file));
        var second = Collections.list(loader.getResources(file));

        assertThat(first).isNotEmpty().isEqualTo(Collections.list(application.getResources(file)));
        assertThat(second).isEqualTo(first);
        assertThat(application.lookups).hasValue(2); // once through the cache, once by the assertion above
    }

    @Test
    void everyOtherResourceIsAskedForEachTime() throws IOException {
        Counting application = new Counting();
        ServiceFilesClassLoader loader = new ServiceFilesClassLoader(application);

        loader.getResources("application.properties");
        loader.getResources("application.properties");

        assertThat(application.lookups).hasValue(2);
    }

    @Test
    void serviceLoaderFindsTheSameProvidersThroughIt() {
        ServiceFilesClassLoader loader = new ServiceFilesClassLoader(getClass().getClassLoader());

        var through = ServiceLoader.load(java.sql.Driver.class, loader).stream().map(p -> p.type().getName()).sorted().toList();
        var direct = ServiceLoader.load(java.sql.Driver.class, getClass().getClassLoader()).stream().map(p -> p.type().getName()).sorted()
                .toList();

        assertThat(through).isNotEmpty().isEqualTo(direct);
    }
}
