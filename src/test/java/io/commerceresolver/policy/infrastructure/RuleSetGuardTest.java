package io.commerceresolver.policy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.commerceresolver.policy.RuleSetInvalid;
import io.commerceresolver.policy.RuleSetProblem;
import io.commerceresolver.policy.RuleSetSource;

/**
 * An uploaded rule set may not run anything outside the policy model. Each attempt below is a file added to the
 * committed rule set; compiling the set must refuse it on the attempt's line, and nothing of it may run: the attempts
 * that would write a file point at a folder that must stay empty.
 */
class RuleSetGuardTest {

    static final Path RULES = Path.of("rules");
    static final String HEADER = """
            package rules;
            import io.commerceresolver.policy.Operation;
            import io.commerceresolver.policy.Verdict;
            """;

    @TempDir
    static Path marker;

    final RuleSetGuard guard = new RuleSetGuard();
    final RuleSetCompiler compiler = new RuleSetCompiler(Path.of("kie-config/kmodule.xml"));

    @Test
    void theCommittedRuleSetPasses() {
        assertThat(guard.check(RuleSetSource.fromFolder(RULES))).isEmpty();
    }

    /** Each attempt: a name, the file's text after {@link #HEADER}, and the line (in the whole file) it is refused on. */
    static Stream<Arguments> escapes() {
        String file = marker.resolve("written").toString().replace("\\", "/");
        return Stream.of(
                attempt("a file written from a consequence", rule("java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + file
                        + "\"), \"x\");"), 8),
                attempt("a process started", rule("Runtime.getRuntime().exec(\"touch " + file + "\");"), 8),
                attempt("the JVM stopped", rule("System.exit(1);"), 8),
                attempt("a ProcessBuilder", rule("new ProcessBuilder(\"touch\", \"" + file + "\").start();"), 8),
                attempt("reflection through getClass", rule("$verdict.getClass().getClassLoader();"), 8),
                attempt("class loading by name", rule("Class.forName(\"java.lang.Runtime\");"), 8),
                attempt("a thread", rule("new Thread(() -> {}).start();"), 8),
                attempt("a socket", rule("new java.net.Socket(\"example.com\", 80);"), 8),
                attempt("an infinite loop", rule("while (true) { }"), 8),
                attempt("a for loop", rule("for (;;) { }"), 8),
                attempt("a huge allocation", rule("long[] big = new long[Integer.MAX_VALUE - 8];"), 8),
                attempt("the engine's context", rule("drools.getKieRuntime().halt();"), 8),
                attempt("kcontext", rule("kcontext.getKieRuntime();"), 8),
                attempt("a unicode escape that ends a string", rule("$verdict.because(\"\\u0022); System.exit(1); //\");"), 8),
                attempt("a static call on a JDK type", rule("Math.random();"), 8),
                attempt("a constraint that exits", """
                        rule "evil"
                        when
                            Operation( type == String.valueOf(System.exit(1)), $verdict : verdict )
                        then
                            $verdict.note("x");
                        end
                        """, 6),
                attempt("a constraint through getClass", """
                        rule "evil"
                        when
                            Operation( amount.getClass().getName() == "x", $verdict : verdict )
                        then
                            $verdict.note("x");
                        end
                        """, 6),
                attempt("eval of Java", """
                        rule "evil"
                        when
                            Operation( $verdict : verdict )
                            eval( Runtime.getRuntime() != null )
                        then
                            $verdict.note("x");
                        end
                        """, 7),
                attempt("a function", """
                        function void evil() { System.exit(1); }
                        """, 4),
                attempt("an import of a JDK type", "import java.lang.Runtime;\n", 4),
                attempt("an imported function", "import function java.lang.System.exit;\n", 4),
                attempt("a global", "global java.util.List leak;\n", 4),
                attempt("a declared type with Java in it", """
                        declare Evil
                            name : String = String.valueOf(System.exit(1))
                        end
                        """, 4),
                attempt("a pattern over a JDK type", """
                        rule "evil"
                        when
                            java.io.File( )
                        then
                        end
                        """, 6),
                attempt("facts taken from an expression", """
                        rule "evil"
                        when
                            Operation( $verdict : verdict )
                            Operation( ) from java.util.List.of(Runtime.getRuntime())
                        then
                        end
                        """, 7),
                attempt("accumulate with inline code", """
                        rule "evil"
                        when
                            Operation( $verdict : verdict )
                            Number( ) from accumulate( Operation( ), init( System.exit(1); ) action( ) result( 0 ) )
                        then
                        end
                        """, 7),
                attempt("a salience computed by code", """
                        rule "evil" salience ( System.exit(1) )
                        when
                            Operation( $verdict : verdict )
                        then
                        end
                        """, 4),
                attempt("the MVEL dialect", """
                        rule "evil" dialect "mvel"
                        when
                            Operation( $verdict : verdict )
                        then
                        end
                        """, 4),
                attempt("a timer", """
                        rule "evil" timer ( int: 1s )
                        when
                            Operation( $verdict : verdict )
                        then
                        end
                        """, 4),
                attempt("reflection through variables named like its methods", """
                        rule "evil"
                        when
                            Operation( $getClass : type, $forName : type, $verdict : verdict )
                        then
                            $verdict.getClass().forName("java.lang.Runtime");
                        end
                        """, 8),
                attempt("a binding not named with $", """
                        rule "evil"
                        when
                            Operation( forName : type, $verdict : verdict )
                        then
                        end
                        """, 6),
                attempt("a pattern bound to a name that is not a $ name", """
                        rule "evil"
                        when
                            getClass : Operation( $verdict : verdict )
                        then
                        end
                        """, 6),
                attempt("a query", """
                        query "evil"
                            Operation( )
                        end
                        """, 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void anEscapeIsRefusedOnItsLineAndNothingRuns(String name, String drl, int line) throws Exception {
        RuleSetSource source = withFile("evil.drl", HEADER + drl);

        assertThatThrownBy(() -> compiler.compile(source))
                .isInstanceOfSatisfying(RuleSetInvalid.class, invalid -> assertThat(invalid.problems())
                        .as(name).anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo("evil.drl");
                            assertThat(problem.line()).isEqualTo(line);
                        }));
        try (Stream<Path> written = Files.list(marker)) {
            assertThat(written).as("nothing of the rule ran").isEmpty();
        }
    }

    @Test
    void aDmnWithAJavaFunctionIsRefused() {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="evil" name="evil" namespace="evil">
                  <businessKnowledgeModel id="bkm" name="exit">
                    <encapsulatedLogic kind="Java">
                      <context/>
                    </encapsulatedLogic>
                  </businessKnowledgeModel>
                  <decision id="d" name="d">
                    <literalExpression><text>function(code) external {java: {class: "java.lang.System", method signature: "exit(int)"}}</text></literalExpression>
                  </decision>
                </definitions>
                """;
        assertThat(guard.check(withFile("evil.dmn", dmn)))
                .extracting(RuleSetProblem::line).containsExactly(4, 9);
    }

    @Test
    void namesInsideStringsAndCommentsAreText() {
        String drl = HEADER + """
                rule "A message may say anything"
                when
                    Operation( type == "System.exit", $verdict : verdict )
                then
                    // Runtime.getRuntime() in a comment is not code
                    $verdict.because( "new Thread(); for (;;) {} \\" drools" ); /* getClass() */
                end
                """;
        assertThat(guard.check(withFile("fine.drl", drl))).isEmpty();
    }

    static Arguments attempt(String name, String drl, int line) {
        return Arguments.of(name, drl, line);
    }

    /** A rule whose consequence is {@code code}, on line 8 of the file (after the three lines of the header). */
    static String rule(String code) {
        return """
                rule "evil"
                when
                    Operation( $verdict : verdict )
                then
                %s
                end
                """.formatted("    " + code);
    }

    static RuleSetSource withFile(String name, String text) {
        RuleSetSource committed = RuleSetSource.fromFolder(RULES);
        TreeMap<String, String> files = new TreeMap<>(committed.ruleFiles());
        files.put(name, text);
        return new RuleSetSource("test", files, committed.featureFiles());
    }
}
