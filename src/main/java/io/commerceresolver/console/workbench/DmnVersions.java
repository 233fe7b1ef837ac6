package io.commerceresolver.console.workbench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.commerceresolver.system.BadRequest;

/**
 * The DMN editor saves DMN 1.6; KIE 10.1 reads DMN up to 1.5. The two differ in their namespaces for what this rule set
 * uses, so a 1.6 file is written back with the 1.5 namespaces; anything that exists only in 1.6 then fails the 1.5
 * schema when the candidate is validated, and is refused with the validator's message. Any other DMN version is refused.
 */
public final class DmnVersions {

    static final String DMN15 = "20230324";
    static final String DMN16 = "20240513";
    private static final String SPEC = "https://www.omg.org/spec/DMN/";
    private static final Pattern SPEC_NAMESPACE = Pattern.compile("https?://www\\.omg\\.org/spec/DMN/(\\d{8})/(MODEL|FEEL|DMNDI)/");
    /** DC and DI keep their 2018 namespaces in every DMN version since 1.2. */
    private static final String SHARED_DI = "20180521";

    private DmnVersions() {
    }

    /** A file as KIE reads it, and whether it had to be converted from DMN 1.6. */
    public record Converted(String text, boolean fromDmn16) {
    }

    /** @throws BadRequest if the file is not DMN 1.5 or 1.6, or is not DMN at all */
    public static Converted forKie(String file, String text) {
        if (text == null || text.isBlank() || !text.contains("definitions")) {
            throw new BadRequest(file, file + " is not a DMN file: it has no <definitions>");
        }
        Matcher namespaces = SPEC_NAMESPACE.matcher(text);
        boolean dmn16 = false;
        while (namespaces.find()) {
            String version = namespaces.group(1);
            if (version.equals(DMN16)) {
                dmn16 = true;
            } else if (!version.equals(DMN15) && !version.equals(SHARED_DI)) {
                throw new BadRequest(file, file + " is written in the DMN namespace of " + version + " (" + namespaces.group() + "); the service "
                        + "reads DMN 1.5 (" + SPEC + DMN15 + "/MODEL/), and converts DMN 1.6 (" + SPEC + DMN16 + "/MODEL/), nothing else");
            }
        }
        if (!dmn16) {
            return new Converted(text, false);
        }
        String converted = text.replace(SPEC + DMN16 + "/MODEL/", SPEC + DMN15 + "/MODEL/")
                .replace(SPEC + DMN16 + "/FEEL/", SPEC + DMN15 + "/FEEL/")
                .replace(SPEC + DMN16 + "/DMNDI/", SPEC + DMN15 + "/DMNDI/");
        return new Converted(converted, true);
    }

    /** Says, beside a validator's message about a converted file, why the 1.5 schema is the one that matters. */
    public static String explain(String message) {
        return message + " (the file was saved as DMN 1.6 and converted to DMN 1.5, which the service runs: anything only DMN 1.6 "
                + "has cannot be used)";
    }
}
