package io.commerceresolver.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The escalation rule names against the rules that really read the conversation, so a renamed rule fails here first. */
class SessionHistoryTest {

    private static final Pattern RULE = Pattern.compile("rule \"([^\"]+)\"(.*?)\\nend", Pattern.DOTALL);

    @Test
    void theEscalationRulesAreExactlyTheRulesThatReadStressOrSessionLength() throws IOException {
        Set<String> readingTheConversation = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path drl : files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                Matcher rule = RULE.matcher(Files.readString(drl));
                while (rule.find()) {
                    String when = rule.group(2).split("\\bthen\\b", 2)[0];
                    if (when.contains("context.stress") || when.contains("context.sessionMinutes")) {
                        readingTheConversation.add(rule.group(1));
                    }
                }
            }
        }

        assertThat(readingTheConversation).isNotEmpty().isEqualTo(SessionHistory.ESCALATION_RULES);
    }

    @Test
    void aDecisionIsAnEscalationOnlyWhenOneOfThoseRulesFired() {
        String stressRule = SessionHistory.ESCALATION_RULES.iterator().next();

        assertThat(SessionHistory.escalated(List.of("A write to a single record is tier 2 WRITE", stressRule))).isTrue();
        assertThat(SessionHistory.escalated(List.of("A write to a single record is tier 2 WRITE"))).isFalse();
        assertThat(SessionHistory.escalated(null)).isFalse();
    }
}
