package io.commerceresolver.work.infrastructure;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The workers' context class loader: the application's own, except that it remembers where each
 * {@code META-INF/services} file is. Kogito builds a new process runtime for every process instance it starts or
 * loads, and each one finds its node-instance factories with {@link java.util.ServiceLoader} on the context class
 * loader, which asks every jar on the class path for the same file again: about 5 % of a worker's time under load
 * with the extracted jar, 10 % inside the packaged jar's nested jars. The class path does not change while the
 * service runs, so the answer is kept. Classes and every other resource come from the application's loader as before.
 */
final class ServiceFilesClassLoader extends ClassLoader {

    private static final String SERVICE_FILES = "META-INF/services/";

    private final ConcurrentMap<String, List<URL>> serviceFiles = new ConcurrentHashMap<>();

    ServiceFilesClassLoader(ClassLoader application) {
        super("service-files", application);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.startsWith(SERVICE_FILES)) {
            return super.getResources(name);
        }
        List<URL> found = serviceFiles.get(name);
        if (found == null) {
            found = List.copyOf(Collections.list(super.getResources(name)));
            serviceFiles.putIfAbsent(name, found);
        }
        return Collections.enumeration(found);
    }
}
