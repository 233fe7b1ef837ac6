package io.commerceresolver.console.monitor.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.commerceresolver.console.monitor.PlaybookDiagrams;

/**
 * The playbooks' BPMN files as the build packs them: at the root of the classpath (the jar's too), one per process,
 * read once. Only declared playbooks are served, so no other file of the classpath can be asked for by name.
 */
class ClasspathPlaybookDiagrams implements PlaybookDiagrams {

    private static final Pattern PROCESS_NAME = Pattern.compile("<bpmn2:process\\b[^>]*\\bname=\"([^\"]*)\"");

    private final List<String> playbooks;
    private final ClassLoader loader;
    private final Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();

    ClasspathPlaybookDiagrams(List<String> playbooks, ClassLoader loader) {
        this.playbooks = playbooks.stream().sorted().toList();
        this.loader = loader;
    }

    @Override
    public List<String> playbooks() {
        return playbooks;
    }

    @Override
    public String title(String playbook) {
        return bpmn(playbook).map(bytes -> {
            Matcher name = PROCESS_NAME.matcher(new String(bytes, StandardCharsets.UTF_8));
            return name.find() ? unescape(name.group(1)) : playbook;
        }).orElse(playbook);
    }

    @Override
    public Optional<byte[]> bpmn(String playbook) {
        if (!playbooks.contains(playbook)) {
            return Optional.empty();
        }
        return files.computeIfAbsent(playbook, this::read);
    }

    private Optional<byte[]> read(String playbook) {
        try (InputStream in = loader.getResourceAsStream(playbook + ".bpmn")) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String text) {
        return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
    }
}
