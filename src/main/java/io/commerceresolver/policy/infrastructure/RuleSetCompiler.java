package io.commerceresolver.policy.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles the DRL files of a rule set folder through the KIE API, at run time, so analysts change rules without
 * a rebuild. The version is named by the content: the SHA-256 over the KIE module and every rule file's name and
 * bytes, in name order.
 */
public class RuleSetCompiler {

    private static final String RULE_FILE = ".drl";
    /** The KIE base every rule file goes into; kie-config/kmodule.xml declares it. */
    static final String KIE_BASE = "policy";

    private final Path kmodule;

    /** @param kmodule the kmodule.xml that declares the {@value #KIE_BASE} KIE base */
    public RuleSetCompiler(Path kmodule) {
        this.kmodule = kmodule;
    }

    public CompiledRuleSet compile(Path folder) {
        List<Path> files = ruleFiles(folder);
        if (files.isEmpty()) {
            throw new RuleSetInvalid(folder.toString(), List.of("no " + RULE_FILE + " files in " + folder.toAbsolutePath()));
        }
        String sha256 = contentHash(folder, files, kmodule);
        String version = sha256.substring(0, 12);
        KieServices kie = KieServices.Factory.get();
        ReleaseId releaseId = kie.newReleaseId("io.commerceresolver.rules", "policy", "1.0.0-" + version);
        KieFileSystem kfs = kie.newKieFileSystem().generateAndWritePomXML(releaseId).writeKModuleXML(read(kmodule));
        for (Path file : files) {
            // the path inside the KIE module keeps the file's own name, so errors point analysts at it
            kfs.write("src/main/resources/rules/" + folder.relativize(file), read(file));
        }
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new RuleSetInvalid(folder.toString(), errors.stream().map(RuleSetCompiler::describe).toList());
        }
        KieContainer container = kie.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase(KIE_BASE);
        // the module is only needed to build the KieBase; left registered, it would keep every old version alive
        kie.getRepository().removeKieModule(releaseId);
        List<String> names = files.stream().map(f -> folder.relativize(f).toString()).toList();
        return new CompiledRuleSet(version, sha256, folder.toAbsolutePath().normalize().toString(), names, kieBase);
    }

    private static String describe(Message message) {
        String file = message.getPath() == null ? "?" : message.getPath().replaceFirst("^src/main/resources/", "");
        return file + ":" + message.getLine() + ": " + message.getText().strip();
    }

    private static List<Path> ruleFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleSetInvalid(folder.toString(), List.of("rule set folder " + folder.toAbsolutePath() + " does not exist"));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(RULE_FILE)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The KIE module's settings change how the rules behave, so they are part of the version too. */
    private static String contentHash(Path folder, List<Path> files, Path kmodule) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Files.readAllBytes(kmodule));
            digest.update((byte) 0);
            for (Path file : files) {
                digest.update(folder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
