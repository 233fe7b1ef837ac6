package io.commerceresolver.filedrop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.mail.MailFixtures;
import io.commerceresolver.support.ChannelIntakeTest;
import io.commerceresolver.support.TestStores;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.Ticket;
import io.commerceresolver.ticket.Tickets;

/** Files dropped in a tenant's folder (target/file-drop-it/<tenant>/, watched by the service's own route). */
@ChannelIntakeTest
class FileDropIT {

    private static final Path ROOT = Path.of("target/file-drop-it");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    TestStores stores;
    @Autowired
    Tickets tickets;
    @Autowired
    JdbcTemplate jdbc;

    private String tenantId;
    private Path folder;

    @BeforeEach
    void aTenantsFolder() throws IOException {
        tenantId = stores.newStore(Map.of()).tenantId();
        folder = Files.createDirectories(ROOT.resolve(tenantId));
    }

    @Test
    void aJsonTicketBecomesATicketAndItsFileMovesToDone() throws IOException {
        drop("order.json", """
                {"customerEmail": "ana@customer.example", "subject": "Order 1001", "text": "Where is my order 1001?"}""");

        Path done = awaitOne("done", "-order.json");
        assertThat(folder.resolve("order.json")).doesNotExist();
        Ticket ticket = awaitTicket("file", "sha256:" + sha256(done));
        assertThat(ticket.customerEmail()).isEqualTo("ana@customer.example");
        assertThat(ticket.text()).isEqualTo("Where is my order 1001?");
        assertThat(ticket.submittedBy()).isEqualTo("file-drop");
    }

    @Test
    void theSameFileDroppedTwiceMakesOneTicket() {
        String body = """
                {"customerEmail": "bob@customer.example", "text": "Please cancel order 1002"}""";
        drop("twice.json", body);
        awaitOne("done", "-twice.json");
        drop("twice.json", body);

        await().atMost(PATIENCE).until(() -> files("done").size() == 2);
        assertThat(ticketsOfTenant()).isEqualTo(1);
    }

    @Test
    void aBadFileMovesToFailedWithItsReasonBesideIt() throws IOException {
        drop("bad.json", """
                {"customerEmail": "not-an-address", "text": "hello"}""");
        drop("unknown.json", """
                {"customerEmail": "a@customer.example", "text": "hello", "priority": "high"}""");

        Path bad = awaitOne("failed", "-bad.json");
        assertThat(Files.readString(bad.resolveSibling(bad.getFileName() + ".reason.txt"))).contains("customerEmail", "email address");
        Path unknown = awaitOne("failed", "-unknown.json");
        assertThat(Files.readString(unknown.resolveSibling(unknown.getFileName() + ".reason.txt"))).contains("'priority' is not part of a ticket");
        assertThat(Files.readString(bad)).contains("not-an-address");
    }

    @Test
    void aMailFileIsReadAsTheMailboxReadsIt() throws IOException {
        dropBytes("mail.eml", MailFixtures.bytes("customer.eml"));
        dropBytes("bounce.eml", MailFixtures.bytes("bounce.eml"));

        awaitOne("done", "-mail.eml");
        assertThat(awaitTicket("email", "<order-1@customer.example>").customerEmail()).isEqualTo("ana@customer.example");
        Path bounce = awaitOne("failed", "-bounce.eml");
        assertThat(Files.readString(bounce.resolveSibling(bounce.getFileName() + ".reason.txt"))).contains("bounce");
    }

    @Test
    void aFolderOfNoTenantTakesNothingIn() throws IOException {
        folder = Files.createDirectories(ROOT.resolve("no-such-tenant-" + tenantId));
        drop("stray.json", """
                {"customerEmail": "a@customer.example", "text": "hello"}""");

        Path stray = awaitOne("failed", "-stray.json");
        assertThat(Files.readString(stray.resolveSibling(stray.getFileName() + ".reason.txt"))).contains("is not a tenant's");
    }

    /** Written beside the folder first, then moved in at once: the route never sees half a file. */
    private void drop(String name, String content) {
        dropBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private void dropBytes(String name, byte[] content) {
        try {
            Path staged = Files.write(ROOT.resolve("." + tenantId + "-" + name), content);
            Files.move(staged, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private Path awaitOne(String where, String suffix) {
        return await().atMost(PATIENCE).until(() -> files(where).stream().filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private List<Path> files(String where) throws IOException {
        Path dir = folder.resolve(where);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.filter(p -> !p.getFileName().toString().endsWith(".reason.txt")).toList();
        }
    }

    private Ticket awaitTicket(String source, String externalId) {
        return await().atMost(PATIENCE).until(() -> TenantScope.of(tenantId, () -> tickets.findBySource(tenantId, source, externalId)),
                Optional::isPresent).orElseThrow();
    }

    private int ticketsOfTenant() {
        return TenantScope.of(tenantId, () -> jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE tenant_id = ?", Integer.class, tenantId));
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
