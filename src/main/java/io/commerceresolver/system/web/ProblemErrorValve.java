package io.commerceresolver.system.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * What Tomcat answers itself, before any servlet runs (a path with an encoded slash or a NUL, a malformed request
 * line): problem+json instead of Tomcat's HTML page, so every answer of the service has the one error format.
 */
public class ProblemErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable thrown) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String body = "{\"type\":\"https://commerce-resolver.io/problems/http-" + status + "\",\"title\":\"Request refused\",\"status\":"
                + status + ",\"detail\":\"The server refused the request before reading it (status " + status + ")\"}";
        try {
            response.setContentType(Problems.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone, or the response was committed: there is nobody left to tell
        }
    }
}
