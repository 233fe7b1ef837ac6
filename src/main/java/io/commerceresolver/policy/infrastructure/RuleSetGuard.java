package io.commerceresolver.policy.infrastructure;

import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import io.commerceresolver.policy.Handoff;
import io.commerceresolver.policy.HandoffRoute;
import io.commerceresolver.policy.Operation;
import io.commerceresolver.policy.RuleSetProblem;
import io.commerceresolver.policy.RuleSetSource;
import io.commerceresolver.policy.Shipment;
import io.commerceresolver.policy.ShipmentStanding;
import io.commerceresolver.policy.StoreEvent;
import io.commerceresolver.policy.StoreEventReaction;
import io.commerceresolver.policy.TicketTriage;
import io.commerceresolver.policy.Verdict;

/**
 * Rules are data when they come from outside the deployment: an uploaded, published, restored or reloaded rule set
 * may only read the policy model and call its verdict methods. DRL consequences and constraints are Java (or MVEL),
 * so before anything is compiled every DRL file is parsed with Drools' own parser and its descriptors are held
 * against an allow-list:
 * <ul>
 *   <li>imports only of the policy's fact types; no functions, globals, queries, declared types or entry points;</li>
 *   <li>patterns only over those types and with no {@code from}, {@code accumulate} or {@code collect} source; no
 *   {@code eval};</li>
 *   <li>attributes only from a short list, with literal values; the Java dialect only;</li>
 *   <li>every name in a constraint or consequence is a variable bound in the rule, a method or property of the
 *   policy model, one of the model's types, a DRL operator or a rule macro ({@code modify}, {@code insert}, ...).
 *   So {@code System}, {@code Runtime}, {@code Class}, {@code getClass}, {@code new}, {@code drools}, loops and any
 *   fully qualified Java name are refused without a deny-list to keep up to date.</li>
 * </ul>
 * DMN files are refused when they define external (Java) functions. Every refusal names the file and line.
 */
public class RuleSetGuard {

    /** The facts rules reason over; their methods and properties, and those of the model types they reach. */
    static final List<Class<?>> FACT_TYPES = List.of(Operation.class, TicketTriage.class, Verdict.class, Handoff.class,
            HandoffRoute.class, Shipment.class, ShipmentStanding.class, StoreEvent.class, StoreEventReaction.class);
    private static final String MODEL_PACKAGE = Operation.class.getPackageName();

    private static final Set<String> KEYWORDS = Set.of("null", "true", "false", "this", "in", "not", "matches", "contains",
            "memberOf", "soundslike", "str", "startsWith", "endsWith", "length", "excludes", "if", "else", "instanceof");
    private static final Set<String> MACROS = Set.of("modify", "update", "insert", "insertLogical", "delete", "retract");
    /** Methods of the immutable values the facts hand out (amounts, strings) that compute nothing beyond themselves. */
    private static final Set<String> VALUE_METHODS = Set.of("movePointLeft", "movePointRight", "stripTrailingZeros",
            "toPlainString", "setScale", "scale", "signum", "negate", "abs", "add", "subtract", "multiply", "compareTo", "min",
            "max", "toUpperCase", "toLowerCase", "isEmpty", "isBlank", "strip", "trim", "equals");
    private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active", "agenda-group",
            "activation-group", "ruleflow-group", "auto-focus", "dialect");
    private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile("-?\\d+|true|false|\"[^\"]*\"|[\\w-]+");
    private static final Pattern IDENTIFIER_OR_NUMBER = Pattern.compile("\\d[\\w.]*|[A-Za-z_$][\\w$]*");
    /** A binding in a constraint ({@code $amount : amount}); its name must start with {@code $}, see bind(). */
    private static final Pattern BINDING = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*:(?![=:])");
    private static final Pattern DMN_EXTERNAL_FUNCTION = Pattern.compile(
            "(?i)kind\\s*=\\s*\"\\s*(java|pmml)\\s*\"|\\bfunction\\s*\\([^)]*\\)\\s*external\\b");

    private final Set<String> allowedTypes = new HashSet<>();
    private final Set<String> modelNames = new HashSet<>();

    public RuleSetGuard() {
        Deque<Class<?>> toVisit = new ArrayDeque<>(FACT_TYPES);
        Set<Class<?>> seen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Class<?> type = toVisit.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Class<?> declaring = method.getDeclaringClass();
                // Object's, Enum's and Record's own methods lead to classes and reflection (getClass, getDeclaringClass)
                if (declaring == Object.class || declaring == Enum.class || declaring == Record.class
                        || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                modelNames.add(method.getName());
                modelNames.add(propertyName(method.getName()));
                Class<?> returned = method.getReturnType();
                if (returned.getPackageName().equals(MODEL_PACKAGE)) {
                    toVisit.push(returned);
                }
            }
        }
        FACT_TYPES.forEach(type -> {
            allowedTypes.add(type.getName());
            allowedTypes.add(type.getSimpleName());
        });
    }

    /** Everything in the rule set's DRL and DMN files that is not allowed; empty when it may be compiled. */
    public List<RuleSetProblem> check(RuleSetSource source) {
        List<RuleSetProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : source.ruleFiles().entrySet()) {
            String name = file.getKey();
            if (name.endsWith(RuleSetSource.DMN)) {
                checkDmn(name, file.getValue(), problems);
            } else {
                checkDrl(name, file.getValue(), problems);
            }
        }
        return problems;
    }

    private void checkDrl(String file, String text, List<RuleSetProblem> problems) {
        DrlParser parser = new DrlParser();
        PackageDescr drl;
        try {
            drl = parser.parse(false, text);
        } catch (DroolsParserException unparsable) {
            return; // the build reports why it does not parse, with the line
        }
        if (drl == null || parser.hasErrors()) {
            return;
        }
        for (ImportDescr imported : drl.getImports()) {
            if (!allowedTypes.contains(imported.getTarget())) {
                problems.add(new RuleSetProblem(file, imported.getLine(), "Only the policy model's types may be imported, not "
                        + imported.getTarget()));
            }
        }
        refuseAll(file, drl.getFunctionImports(), "Functions may not be imported", problems);
        refuseAll(file, drl.getAccumulateImports(), "Accumulate functions may not be imported", problems);
        refuseAll(file, drl.getGlobals(), "A rule set may not declare globals", problems);
        refuseAll(file, drl.getFunctions(), "A rule set may not declare functions (they are Java code)", problems);
        refuseAll(file, drl.getClassAndEnumDeclarationDescrs(), "A rule set may not declare types", problems);
        refuseAll(file, List.copyOf(drl.getEntryPointDeclarations()), "A rule set may not declare entry points", problems);
        refuseAll(file, List.copyOf(drl.getWindowDeclarations()), "A rule set may not declare windows", problems);
        for (AttributeDescr attribute : drl.getAttributes()) {
            checkAttribute(file, attribute, problems);
        }
        for (RuleDescr rule : drl.getRules()) {
            checkRule(file, text, rule, problems);
        }
    }

    private void checkRule(String file, String text, RuleDescr rule, List<RuleSetProblem> problems) {
        if (rule.isQuery()) {
            problems.add(new RuleSetProblem(file, rule.getLine(), "A rule set may not declare queries"));
            return;
        }
        rule.getAttributes().values().forEach(attribute -> checkAttribute(file, attribute, problems));
        if (!rule.getNamedConsequences().isEmpty()) {
            problems.add(new RuleSetProblem(file, rule.getLine(), "Rule \"" + rule.getName() + "\": named consequences are not allowed"));
        }
        Set<String> bound = new HashSet<>();
        List<BaseDescr> constraints = new ArrayList<>();
        checkConditions(file, rule.getLhs(), bound, constraints, problems);
        for (BaseDescr constraint : constraints) {
            String expression = constraint instanceof BindingDescr binding ? binding.getExpression()
                    : ((ExprConstraintDescr) constraint).getExpression();
            checkNames(file, constraint.getLine(), expression, bound, problems);
        }
        if (rule.getConsequence() instanceof String consequence) {
            // the parser's consequence line is the one of 'then'; the text's own place in the file is exact
            int offset = text.indexOf(consequence, Math.max(0, rule.getConsequenceOffset()));
            int line = offset < 0 ? rule.getConsequenceLine() : lineAt(text, offset);
            checkNames(file, line, consequence, bound, problems);
        }
    }

    private void checkConditions(String file, BaseDescr element, Set<String> bound, List<BaseDescr> constraints,
                                 List<RuleSetProblem> problems) {
        if (element instanceof PatternDescr pattern) {
            if (!allowedTypes.contains(pattern.getObjectType())) {
                problems.add(new RuleSetProblem(file, pattern.getLine(), "Rules may only match the policy model's facts, not "
                        + pattern.getObjectType()));
            }
            if (pattern.getSource() != null) {
                problems.add(new RuleSetProblem(file, pattern.getLine(), "A pattern may not take its facts from elsewhere "
                        + "(from, accumulate, collect, entry points)"));
            }
            if (pattern.getIdentifier() != null) {
                bind(file, pattern.getLine(), pattern.getIdentifier(), bound, problems);
            }
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof BindingDescr binding) {
                    bind(file, binding.getLine(), binding.getVariable(), bound, problems);
                    constraints.add(binding);
                } else if (constraint instanceof ExprConstraintDescr expression) {
                    Matcher bindings = BINDING.matcher(stripLiterals(expression.getExpression()));
                    while (bindings.find()) {
                        bind(file, expression.getLine(), bindings.group(1), bound, problems);
                    }
                    constraints.add(expression);
                } else {
                    problems.add(new RuleSetProblem(file, constraint.getLine(), "Unsupported constraint: " + constraint.getText()));
                }
            }
        } else if (element instanceof AndDescr || element instanceof OrDescr || element instanceof NotDescr
                || element instanceof ExistsDescr || element instanceof ForallDescr) {
            ConditionalElementDescr group = (ConditionalElementDescr) element;
            for (BaseDescr child : group.getDescrs()) {
                checkConditions(file, child, bound, constraints, problems);
            }
        } else {
            String kind = element.getClass().getSimpleName().replace("Descr", "").toLowerCase();
            problems.add(new RuleSetProblem(file, element.getLine(), "A rule's conditions may not use " + kind
                    + ("eval".equals(kind) ? " (it runs Java)" : "")));
        }
    }

    private void checkAttribute(String file, AttributeDescr attribute, List<RuleSetProblem> problems) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        if (!ATTRIBUTES.contains(name)) {
            problems.add(new RuleSetProblem(file, attribute.getLine(), "The attribute '" + name + "' is not allowed"));
        } else if (!LITERAL_ATTRIBUTE.matcher(value).matches()) {
            problems.add(new RuleSetProblem(file, attribute.getLine(), "The attribute '" + name + "' must have a literal value, not "
                    + value));
        } else if ("dialect".equals(name) && !value.replace("\"", "").equals("java")) {
            problems.add(new RuleSetProblem(file, attribute.getLine(), "Only the java dialect is allowed"));
        }
    }

    /** Every name in {@code code} must be bound, the model's, a DRL operator or a macro. */
    private void checkNames(String file, int firstLine, String code, Set<String> bound, List<RuleSetProblem> problems) {
        if (code.contains("\\u")) {
            // the Java compiler turns them into characters before it reads the code, so a string could end inside one
            problems.add(new RuleSetProblem(file, Math.max(firstLine, 1), "Unicode escapes (\\u...) are not allowed in rules"));
            return;
        }
        String plain = stripLiterals(code);
        Matcher tokens = IDENTIFIER_OR_NUMBER.matcher(plain);
        Map<Integer, Set<String>> unknownByLine = new TreeMap<>();
        int line = Math.max(firstLine, 1);
        int scanned = 0;
        while (tokens.find()) {
            // one pass over the text, however long an uploaded consequence is
            for (; scanned < tokens.start(); scanned++) {
                if (plain.charAt(scanned) == '\n') {
                    line++;
                }
            }
            String name = tokens.group();
            // after a dot a name is a member: only the model's own, whatever variables the rule binds
            boolean member = afterDot(plain, tokens.start());
            if (Character.isDigit(name.charAt(0)) || modelNames.contains(name) || VALUE_METHODS.contains(name)
                    || !member && (bound.contains(name) || allowedTypes.contains(name) || KEYWORDS.contains(name) || MACROS.contains(name))) {
                continue;
            }
            String special = explain(name);
            if (special != null) {
                problems.add(new RuleSetProblem(file, line, special));
            } else {
                unknownByLine.computeIfAbsent(line, l -> new LinkedHashSet<>()).add(name);
            }
        }
        unknownByLine.forEach((at, names) -> problems.add(new RuleSetProblem(file, at, "Not part of the policy model: "
                + String.join(", ", names) + ". Rules may only use the facts' methods and properties")));
    }

    private static boolean afterDot(String code, int at) {
        int before = at - 1;
        while (before >= 0 && Character.isWhitespace(code.charAt(before))) {
            before--;
        }
        return before >= 0 && code.charAt(before) == '.';
    }

    /**
     * Binds a variable for the rule's later names. Only {@code $} names: a binding may be named anything Java allows,
     * and a variable called {@code getClass} or {@code forName} must not make those names usable.
     */
    private static void bind(String file, int line, String variable, Set<String> bound, List<RuleSetProblem> problems) {
        if (variable.startsWith("$")) {
            bound.add(variable);
        } else {
            problems.add(new RuleSetProblem(file, line, "A bound variable's name must start with $, not '" + variable + "'"));
        }
    }

    /** Why {@code name} is refused when there is more to say than that the model does not have it; else null. */
    private static String explain(String name) {
        return switch (name) {
            case "new" -> "Rules may not create objects ('new')";
            case "for", "while", "do" -> "Rules may not loop ('" + name + "')";
            case "drools", "kcontext" -> "Rules may not reach the engine ('" + name + "')";
            default -> null;
        };
    }

    private void checkDmn(String file, String text, List<RuleSetProblem> problems) {
        Matcher external = DMN_EXTERNAL_FUNCTION.matcher(text);
        while (external.find()) {
            int line = lineAt(text, external.start());
            problems.add(new RuleSetProblem(file, line, "A decision may not define external (Java or PMML) functions"));
        }
    }

    /** The 1-based line of character {@code offset} in {@code text}. */
    private static int lineAt(String text, int offset) {
        return 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }

    private static void refuseAll(String file, List<? extends BaseDescr> declared, String why, List<RuleSetProblem> problems) {
        declared.forEach(descr -> problems.add(new RuleSetProblem(file, descr.getLine(), why)));
    }

    /** The code with comments and the insides of string and character literals blanked out, lines kept. */
    static String stripLiterals(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                out.append(c);
                i++;
                while (i < code.length() && code.charAt(i) != c) {
                    if (code.charAt(i) == '\\' && i + 1 < code.length()) {
                        out.append(' ');
                        i++;
                    }
                    out.append(code.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                if (i < code.length()) {
                    out.append(c);
                    i++;
                }
            } else if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                code.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String propertyName(String methodName) {
        for (String prefix : List.of("get", "is", "set")) {
            if (methodName.length() > prefix.length() && methodName.startsWith(prefix)
                    && Character.isUpperCase(methodName.charAt(prefix.length()))) {
                return Introspector.decapitalize(methodName.substring(prefix.length()));
            }
        }
        return methodName;
    }
}
