package io.commerceresolver.mail;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Google's Gmail API and OAuth token server as one WireMock server for the whole test run, shaped as
 * src/test/resources/vendors/gmail/README.md tells. As a context initializer it points the service at it; each test
 * tenant's {@link GmailMailbox} stubs its own part, told apart by the tenant's access token.
 */
public final class GmailStub implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Pattern MODIFY = Pattern.compile("^/gmail/v1/users/me/messages/([^/?]+)/modify$");
    private static final Map<String, GmailMailbox> BY_TOKEN = new ConcurrentHashMap<>();
    private static WireMockServer server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String root = "http://localhost:" + server().port();
        TestPropertyValues.of("resolver.mail.gmail.root-url=" + root + "/", "resolver.mail.gmail.token-url=" + root + "/token")
                .applyTo(context);
    }

    static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().extensions(new MarksRead()));
            server.start();
        }
        return server;
    }

    static void register(String accessToken, GmailMailbox mailbox) {
        BY_TOKEN.put(accessToken, mailbox);
    }

    /** A file of src/test/resources/vendors/gmail/ with its ${name}s filled in. */
    static String body(String file, Map<String, String> values) {
        try (InputStream in = GmailStub.class.getResourceAsStream("/vendors/gmail/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("${" + value.getKey() + "}", value.getValue());
            }
            return text;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** What Gmail does on a modify that succeeds: the message is no longer unread, so no longer listed. */
    private static final class MarksRead implements ServeEventListener {

        @Override
        public void beforeResponseSent(ServeEvent event, Parameters parameters) {
            Matcher modify = MODIFY.matcher(event.getRequest().getUrl());
            String authorization = event.getRequest().getHeader("Authorization");
            if (modify.matches() && event.getResponse().getStatus() == 200 && authorization != null) {
                GmailMailbox mailbox = BY_TOKEN.get(authorization.replaceFirst("^Bearer ", ""));
                if (mailbox != null) {
                    mailbox.markedRead(modify.group(1));
                }
            }
        }

        @Override
        public String getName() {
            return "gmail-marks-read";
        }
    }
}
