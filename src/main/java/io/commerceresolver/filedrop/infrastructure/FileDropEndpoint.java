package io.commerceresolver.filedrop.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.commerceresolver.filedrop.FileDrop;
import io.commerceresolver.filedrop.FileRefused;
import io.commerceresolver.system.StrictUtf8;
import io.commerceresolver.system.TenantScope;
import io.commerceresolver.ticket.NewTicket;

/**
 * What camel-routes/intake/files.yaml calls for each file under {@code <root>/<tenant>/}. A file that makes no ticket
 * gets its reason written to {@code failed/<name>.reason.txt} before the route moves it to {@code failed/<name>};
 * the exception is thrown on so that the route does.
 */
public class FileDropEndpoint {

    /** Where the route moves the file, relative to the root: {@code <tenant>/done/<time>-<name>}, or failed/. */
    static final String DONE_AS = "doneAs";
    static final String FAILED_AS = "failedAs";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final Logger log = LoggerFactory.getLogger(FileDropEndpoint.class);

    private final FileDrop drop;
    private final ObjectMapper json;
    private final long maxBytes;

    public FileDropEndpoint(FileDrop drop, ObjectMapper json, long maxBytes) {
        this.drop = drop;
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.maxBytes = maxBytes;
    }

    public void accept(Exchange exchange) throws IOException {
        Path file = Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class));
        // a time stamp first: a file of the same name dropped again never overwrites the one kept before
        String keptAs = STAMP.format(Instant.now()) + "-" + file.getFileName();
        String relative = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class).replace('\\', '/');
        String folder = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/') + 1) : "";
        exchange.setProperty(DONE_AS, folder + "done/" + keptAs);
        exchange.setProperty(FAILED_AS, folder + "failed/" + keptAs);
        try {
            FileDrop.Taken taken = take(exchange, file);
            log.info("Dropped file {} {} ticket {}", file.getFileName(), taken.alreadyTaken() ? "was already" : "became", taken.ticketId());
        } catch (RuntimeException refused) {
            String reason = refused instanceof FileRefused ? refused.getMessage()
                    : "the service could not take it in (" + refused.getMessage() + "); move it back to try again";
            Path failed = file.resolveSibling("failed");
            Files.createDirectories(failed);
            Files.writeString(failed.resolve(keptAs + ".reason.txt"), reason + System.lineSeparator(),
                    StandardCharsets.UTF_8);
            throw refused;
        }
    }

    private FileDrop.Taken take(Exchange exchange, Path file) {
        String relative = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class).replace('\\', '/');
        String tenantId = drop.tenantOf(relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "");
        Long length = exchange.getIn().getHeader(Exchange.FILE_LENGTH, Long.class);
        if (length != null && length > maxBytes) {
            throw new FileRefused("larger than the " + maxBytes + " bytes a dropped file may have (" + length + " bytes)");
        }
        byte[] content = exchange.getIn().getBody(byte[].class);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".eml")) {
            return TenantScope.of(tenantId, () -> drop.mail(tenantId, content));
        }
        NewTicket ticket = parse(content);
        return TenantScope.of(tenantId, () -> drop.ticket(tenantId, ticket, content));
    }

    private NewTicket parse(byte[] content) {
        String text = StrictUtf8.decode(content)
                .orElseThrow(() -> new FileRefused("not UTF-8 text: a JSON ticket is UTF-8, as RFC 8259 has it"));
        try {
            NewTicket ticket = json.readValue(text, NewTicket.class);
            if (ticket == null) {
                throw new FileRefused("not a JSON object: a ticket is {\"customerEmail\": ..., \"text\": ...}");
            }
            return ticket;
        } catch (UnrecognizedPropertyException unknown) {
            throw new FileRefused("field '" + unknown.getPropertyName() + "' is not part of a ticket");
        } catch (JsonProcessingException malformed) {
            throw new FileRefused("not a JSON ticket: " + malformed.getOriginalMessage());
        }
    }
}
