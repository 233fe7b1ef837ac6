package io.commerceresolver.console.workbench.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Times on the workbench's pages, in UTC as the service records them ({@code ${@workbenchTime.of(...)}} in a template). */
@Component("workbenchTime")
public class WorkbenchTime {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String of(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }
}
