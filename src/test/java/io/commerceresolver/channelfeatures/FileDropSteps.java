package io.commerceresolver.channelfeatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** A store's drop folder, watched by the service's own file route (ChannelIntakeTest: target/file-drop-it). */
public class FileDropSteps {

    private static final Path ROOT = Path.of("target/file-drop-it");

    @Autowired
    IntakeSteps store;

    private Path folder;
    private byte[] lastContent;

    @Given("a store with a drop folder")
    public void aStoreWithFolder() throws IOException {
        folder = Files.createDirectories(ROOT.resolve(store.newStore()));
    }

    @When("the store drops {string} containing:")
    public void drops(String name, String content) throws IOException {
        drop(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @When("the store drops {string} again")
    public void dropsAgain(String name) throws IOException {
        awaitIn("done", name, 1);
        drop(name, lastContent);
    }

    @When("the store drops a saved mail from {string} about {string}")
    public void dropsMail(String customer, String subject) throws IOException {
        drop(customer.substring(0, customer.indexOf('@')) + ".eml", ("From: " + customer + "\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + java.util.UUID.randomUUID() + "@customer.example>\r\n\r\nThe mug arrived broken.\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Then("{string} is moved to done")
    public void movedToDone(String name) throws IOException {
        awaitIn("done", name, 1);
        assertThat(folder.resolve(name)).doesNotExist();
    }

    @Then("{int} copies of {string} are in done")
    public void copiesInDone(int copies, String name) {
        awaitIn("done", name, copies);
    }

    @Then("{string} is moved to failed because {string}")
    public void movedToFailed(String name, String reason) throws IOException {
        Path failed = awaitIn("failed", name, 1).get(0);
        assertThat(Files.readString(failed.resolveSibling(failed.getFileName() + ".reason.txt"))).contains(reason);
        assertThat(Files.readAllBytes(failed)).isEqualTo(lastContent);
    }

    /** Written beside the folder, then moved in at once: the route never sees half a file. */
    private void drop(String name, byte[] content) throws IOException {
        lastContent = content;
        Path staged = Files.write(ROOT.resolve("." + store.tenantId() + "-" + name), content);
        Files.move(staged, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private List<Path> awaitIn(String where, String name, int count) {
        return await().atMost(IntakeSteps.PATIENCE).until(() -> kept(where, name), list -> list.size() == count);
    }

    private List<Path> kept(String where, String name) throws IOException {
        Path dir = folder.resolve(where);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-" + name)).toList();
        }
    }
}
