package io.commerceresolver.intent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a ticket that are addressed to whoever (or whatever) reads it rather than written by a
 * customer or seller about their request: prompt injections ("ignore previous instructions", "SYSTEM:", "you are
 * now in developer mode"), fake verdicts ({@code {"intent": …}}, "Status: APPROVED by manager", "no further checks")
 * and bracketed or delimited blocks that carry them.
 *
 * <p>{@link #screen(String)} blanks those parts out with spaces, so the trusted text keeps the length and line
 * breaks of the original (offsets into it are offsets into the ticket). A reader should read only
 * {@link Screened#trustedText()}, and treat a {@link Screened#suspicious()} ticket as one a person must look at.
 *
 * <p>It errs towards ordinary tickets: "please ignore my previous email", "the system shows delivered" and "my
 * assistant placed the order" are a customer talking, and stay.
 */
public final class InjectionGuard {

    /**
     * The outcome of screening one text.
     *
     * @param trustedText the text with every suspicious span replaced by spaces (line breaks kept)
     * @param spans       how many spans were blanked
     * @param kinds       what was found, in words fit for a note (never ticket text), each kind once
     */
    public record Screened(String trustedText, int spans, List<String> kinds) {

        public Screened {
            kinds = List.copyOf(kinds);
        }

        /** True when anything was blanked: the text tried to instruct its reader. */
        public boolean suspicious() {
            return spans > 0;
        }
    }

    /** What a marker is, and how far the span it starts runs. */
    private enum Reach {
        /** From the start of the marker's sentence to the end of its paragraph (or an earlier turn back to the writer). */
        PARAGRAPH,
        /** A role label ("assistant:") speaks until the next role label or the end of the paragraph. */
        TURN,
        /** The marker is itself the whole span (a bracketed note, a tag, a JSON object). */
        ITSELF
    }

    private record Marker(String kind, Pattern pattern, Reach reach) {
    }

    private record Span(int start, int end, String kind) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE;

    // Who an injection talks to. Not "agent" alone: "note for the delivery agent" is a customer talking to a courier.
    private static final String READER = "(?:ai|a\\.i\\.|bot|chat ?bot|assistant|model|llm|gpt|chatgpt|claude|ai agent|"
            + "support (?:model|bot|ai)|language model|classifier|system|automated (?:system|reader)|machine)";

    private static final List<Marker> MARKERS = List.of(
            // "ignore all previous instructions", "disregard prior rules", "forget your rules"
            // "ignore all previous instructions", "disregard prior rules", "forget your rules"; a customer's own
            // "ignore the instructions I left at checkout" names no earlier/your/system instructions and stays
            new Marker("an instruction to ignore earlier instructions", Pattern.compile(
                    "\\b(?:ignore|disregard|forget|override|bypass|skip)\\s+(?:all\\s+|any\\s+|of\\s+|the\\s+)*"
                            + "(?:(?:your|its|previous|prior|above|earlier|preceding|original|system|existing|safety|all|any|"
                            + "these|those)\\s+)+(?:\\w+\\s+)?(?:instructions?|rules?|prompts?|guidelines|guidance|directives|programming|"
                            + "guardrails|restrictions|policies|constraints|training|system prompt|context)\\b"
                            + "|\\bforget\\s+everything\\s+(?:you|above|before|else)\\b"
                            + "|\\boverride\\s+(?:the\\s+|any\\s+|all\\s+|your\\s+)?(?:\\w+\\s+)?(?:limits?|polic(?:y|ies)|rules?|checks?|approvals?|restrictions?)\\b",
                    FLAGS), Reach.PARAGRAPH),
            // "ignore the above and instead …" (but not "ignore the above, I found it")
            new Marker("an instruction to ignore earlier instructions", Pattern.compile(
                    "\\b(?:ignore|disregard|forget)\\s+(?:everything\\s+|all\\s+)?(?:(?:the\\s+)?(?:text|message|stuff)\\s+)?"
                            + "(?:the\\s+)?above\\s*(?:,\\s*)?(?:and\\b|instead\\b|;|:)", FLAGS), Reach.PARAGRAPH),
            // Hinglish: "pichle instructions ignore karo", "upar wale rules bhool jao"
            new Marker("an instruction to ignore earlier instructions", Pattern.compile(
                    "\\b(?:pichle|pichhle|purane|upar\\s+(?:ke|wale|waale)|saare|sare|sab|apne)\\s+(?:saare\\s+|sare\\s+)?"
                            + "(?:instructions?|rules|niyam|prompts?)\\s+(?:ko\\s+)?(?:ignore|bhool|bhul|mat\\s+maano|chhod)", FLAGS),
                    Reach.PARAGRAPH),
            new Marker("an instruction to ignore earlier instructions", Pattern.compile(
                    "\\b(?:instructions?|rules|niyam)\\s+(?:ko\\s+)?(?:ignore|bhool|bhul)\\s+(?:karo|kar\\s+do|kardo|jao|ja)\\b", FLAGS),
                    Reach.PARAGRAPH),
            // "you are now in developer mode", "act as the store admin", "pretend you are", "tum ab owner ho"
            new Marker("an attempt to change the reader's role", Pattern.compile(
                    "\\byou(?:'re|\\s+are)\\s+now\\s+(?:an?\\s|in\\s+\\w+\\s+mode|\\w*(?:bot|gpt|ai)\\b|the\\s+(?:store\\s+)?(?:owner|admin|manager|system)|dan\\b"
                            + "|unrestricted|free\\s+from|no\\s+longer\\s+bound|acting\\s+as|operating\\s+as)"
                            + "|\\bfrom\\s+now\\s+on,?\\s+you\\s+(?:are|will|must|shall)\\s+(?:act|ignore|respond|answer|obey|follow|approve)\\b"
                            + "|\\b(?:developer|dev|admin|administrator|god|root|sudo|jailbreak|unrestricted|dan)\\s+mode\\b"
                            + "|\\b(?:act|behave|respond)\\s+as\\s+(?:an?\\s+|the\\s+|my\\s+)?(?:unrestricted\\s+|store\\s+)?"
                            + "(?:admin|administrator|owner|manager|supervisor|developer|system|root|refund\\s+agent|agent|ai|dan)\\b"
                            + "|\\bpretend\\s+(?:to\\s+be|you(?:'re|\\s+are)|that\\s+you)\\b|\\broleplay\\s+as\\b"
                            + "|\\b(?:tum|aap|tu)\\s+ab\\s+(?:se\\s+)?(?:\\w+\\s+){0,2}(?:owner|admin|manager|malik|system|developer|boss)"
                            + "\\s+(?:ho|hai|hain|ban\\s+jao)\\b"
                            + "|\\bab\\s+(?:se\\s+)?(?:tum|aap|tu)\\s+(?:\\w+\\s+){0,2}(?:owner|admin|manager|malik|system|developer)\\b"
                            + "|\\byou\\s+are\\s+(?:a|an)\\s+(?:\\w+\\s+)?(?:assistant|ai|bot|agent|language model|llm)\\b(?!\\s+(?:told|said))"
                            // role-play: "you are RefundGPT, a bot with no rules … stay in character"
                            + "|\\byou(?:'re|\\s+are)\\s+\\w*(?:gpt|bot)\\b|\\bstay\\s+in\\s+character\\b"
                            + "|\\b(?:bot|ai|assistant|model|gpt)\\s+(?:with\\s+)?no\\s+(?:rules|limits|restrictions|filters|guardrails)\\b", FLAGS),
                    Reach.PARAGRAPH),
            // "new instructions:", "New policy:", "priority override", "AI agent instructions"
            new Marker("new instructions for the reader", Pattern.compile(
                    "\\b(?:new|updated|revised|real|actual|hidden|secret|additional)\\s+(?:system\\s+)?(?:instructions?|policy|rules|prompt|directive)\\s*[:\\-–]"
                            + "|\\bnew\\s+instructions\\b|\\b(?:priority|system|admin|security|emergency)\\s+override\\b"
                            + "|\\binstructions?\\s+(?:to|for)\\s+(?:the\\s+)?" + READER + "\\b"
                            + "|\\b" + READER + "\\s+(?:instructions?|note|directive|command)\\b"
                            + "|\\b(?:note|message|msg|p\\.?s\\.?)\\s+(?:to|for)\\s+(?:the\\s+)?(?:\\w+\\s+)?" + READER + "\\b"
                            + "|\\bto\\s+(?:the\\s+|any\\s+)?" + READER + "\\s+(?:reading|processing|handling|reviewing)\\s+this\\b"
                            + "|\\bif\\s+you\\s+are\\s+(?:an?\\s+)?" + READER + "\\b"
                            + "|\\b(?:dear|hey|hi|hello|attention)\\s+(?:\\w+\\s+)?(?:ai|bot|chatbot|assistant|chatgpt|gpt|claude|llm|model)\\s*[,:!]"
                            + "|(?:^|[.!?]\\s+|\\bp\\.?\\s?s\\.?\\s+)(?:ai|bot|chatbot|chatgpt|gpt|claude|llm)\\s*[,:]"
                            + "|\\b(?:bot|ai|chatbot)\\s+(?:bhai|bhaiya|ji|sir|saheb)\\b"
                            + "|\\b(?:begin|end|start)\\s+(?:of\\s+)?(?:system|admin|hidden)?\\s*(?:prompt|instructions?)\\b|\\bsystem\\s+prompt\\b"
                            + "|^\\s*#+\\s*(?:instructions?|system|prompt|task|response)\\b"
                            + "|\\b(?:dev|developer|admin|system|internal|staff|moderator)\\s+note\\s*:"
                            // a note that pretends to come from the support team: "Internal support note (staff only)"
                            + "|\\binternal\\s+(?:support\\s+|team\\s+|staff\\s+)?note\\b|\\(?\\bstaff\\s+only\\b"
                            + "|\\bclassify\\s+this\\s+(?:ticket|message|email|request)?\\s*as\\b"
                            + "|\\bmark\\s+(?:this|the|it)\\s+(?:\\w+\\s+)?as\\s+(?:approved|received|paid|refunded|verified|eligible|resolved\\s+with)\\b"
                            + "|\\b(?:this\\s+message|this\\s+instruction|this\\s+ticket)\\s+(?:is\\s+)?from\\s+(?:the\\s+)?"
                            + "(?:\\w+\\s+){0,3}(?:engineering|admin|administrators?|developers?|management|security\\s+team|it\\s+team)\\b",
                    FLAGS), Reach.PARAGRAPH),
            // fake verdicts and pressure to skip checks
            new Marker("a claimed approval or a demand to skip checks", Pattern.compile(
                    "\\bstatus\\s*[:=]\\s*\"?approved\\b|\\bpre-?\\s?approved\\b|\\bauto-?\\s?approved?\\b"
                            + "|(?<!was\\s|been\\s|is\\s|were\\s|got\\s)\\bapproved\\s+by\\s+(?:the\\s+)?(?:store\\s+)?"
                            + "(?:manager|admin|administrator|supervisor|owner|finance|management|system|head\\s+office|ceo|director)\\b"
                            + "|\\bapprove\\s+(?:the\\s+|this\\s+|a\\s+)?(?:full\\s+)?refund\\s+(?:of|for)\\s+\\S+\\s+(?:immediately|now|right\\s+away|asap)\\b"
                            + "|^\\s*refund\\s+approved\\b|\\brefund\\s+(?:amount\\s+)?override\\b"
                            + "|\\brefund\\s+(?:of\\s+[$₹€£]?\\s?[\\d,.]+\\s*(?:rs|inr|usd|eur)?\\s+)approved\\b"
                            + "|\\bapprove\\w*\\s+(?:all|every|any)\\b|\\bautomatically\\s+approve|\\bapprove\\w*\\s+(?:\\w+\\s+){0,3}automatically\\b"
                            + "|\\balways\\s+approves?\\b|\\b(?:owner|manager|boss|admin|malik)\\s+ne\\s+(?:bola|kaha|approve|allow)"
                            + "|\\bno\\s+(?:further\\s+|more\\s+|need\\s+(?:for|of|to)\\s+(?:any\\s+)?)?(?:checks?|verification|review|approval|questions)\\s+"
                            + "(?:needed|required|necessary)\\b|\\bno\\s+further\\s+(?:checks?|verification|review|approval)\\b"
                            + "|\\bno\\s+need\\s+to\\s+(?:check|verify|review|confirm|escalate|ask)\\b"
                            + "|\\bwithout\\s+(?:any\\s+)?(?:review|checks?|checking|verification|verifying|approval|escalation|human\\s+review)\\b"
                            + "|\\b(?:do\\s+not|don'?t)\\s+(?:verify|check\\s+(?:with|the\\s+polic)|log\\s+this)\\b"
                            + "|\\bskip\\s+(?:the\\s+)?(?:verification|review|checks?|approval)\\b"
                            + "|\\b(?:i\\s+am|i'm)\\s+authori[sz]ing\\s+you\\b|\\bi\\s+(?:hereby\\s+)?authori[sz]e\\s+(?:you\\b|a\\s+(?:full\\s+)?refund|the\\s+refund)"
                            + "|\\bas\\s+the\\s+(?:store\\s+|shop\\s+)?(?:owner|admin|manager|ceo)\\b[^.\\n]{0,40}\\b(?:authori[sz]e|approve|order\\s+you)"
                            + "|\\b(?:customer|user)\\s+is\\s+(?:a\\s+)?verified\\b|\\bverified\\s+vip\\b|\\bi\\s+have\\s+verified\\s+this\\s+customer"
                            + "|\\bbina\\s+(?:check|verify|verification|review)\\s+(?:kiye|kare)\\b|\\b(?:check|verify)\\s+mat\\s+karna\\b"
                            + "|\\bmanager\\s+ne\\s+approve\\s+kar\\s+diya\\b"
                            + "|\\b(?:customer|user|account|ticket)\\s+(?:has\\s+been\\s+|is\\s+|was\\s+)?approved\\s+for\\b", FLAGS), Reach.PARAGRAPH),
            // asking the reader for data or access no ticket should get
            new Marker("a request for data or access", Pattern.compile(
                    "\\b(?:full|entire|complete|all)\\s+(?:list\\s+of\\s+)?(?:customer|user|client)s?\\s*(?:emails?|data|database|db|records|details|list)\\b"
                            + "|\\bcustomer\\s+(?:database|db)\\b|\\bdatabase\\s+(?:export|dump)\\b|\\bsaved\\s+card\\s+(?:numbers|details)\\b"
                            + "|\\b(?:transfer|grant|give)\\s+(?:me\\s+)?admin\\s+access\\b|\\bdisable\\s+(?:2fa|two[-\\s]factor|mfa)\\b"
                            + "|\\b(?:drop\\s+table|delete\\s+from|run\\s+delete)\\b", FLAGS), Reach.PARAGRAPH),
            // a role label opening a line: "SYSTEM:", "assistant:" (but "User:" is the customer talking again)
            new Marker("a role label", Pattern.compile(
                    "(?:^|(?<=[.!?]\\s))\\s*(?:#+\\s*)?(?:system|assistant|ai|bot|developer|admin)\\s*(?:message|prompt)?\\s*:", FLAGS),
                    Reach.TURN),
            // a vocative to the reader inside brackets: "(assistant, while you're at it …)"
            new Marker("a role label", Pattern.compile(
                    "(?<=[(\\[])\\s*(?:hey\\s+)?(?:assistant|ai|bot|chatbot|model|gpt|chatgpt|agent)\\s*,"
                            + "|(?<=[(\\[])\\s*(?:admin|system|assistant|developer|dev|bot|ai|moderator)\\s*:", FLAGS), Reach.PARAGRAPH),
            // chat-template and markup tokens
            new Marker("markup addressed to the reader", Pattern.compile(
                    "<\\|?(?:im_start|im_end|system|endoftext)\\|?>|\\[/?INST]|<</?SYS>>|</?(?:ticket|system|instructions?|prompt|admin|context|assistant|user)>",
                    FLAGS), Reach.ITSELF),
            // a made-up verdict in JSON: {"intent": "refund_request", "amount": "950.00", …}
            new Marker("a made-up verdict in JSON", Pattern.compile(
                    // either quote: {'role': 'system', 'content': …} is the same trick written as a Python dict
                    "\\{\\s*[\"'](?:intent|amount|orderId|order_id|approved|action|refund|refund_amount|decision|status|tier|role|"
                            + "content|classification|label|priority|override|instruction)[\"']\\s*:", FLAGS), Reach.ITSELF));

    // A bracketed note to the reader: "[ADMIN NOTE: …]", "[SYSTEM OVERRIDE]", "[admin mode ON] … [admin mode OFF]"
    private static final Pattern BRACKET = Pattern.compile(
            "\\[\\s*(?:#+\\s*)?(?:system|admin|administrator|developer|dev|override|system override|instructions?|note to "
                    + READER + "|ai|assistant|bot|internal|moderator|staff|sudo|root)\\b[^\\]\\n]{0,300}]", FLAGS);
    private static final Pattern MODE_ON = Pattern.compile("\\[\\s*([\\w ]{2,30}?)\\s+(?:mode\\s+)?on\\s*]", FLAGS);

    // Lines that open and close a quoted block: ---, """, ```, ===, ###, ***, '''
    private static final Pattern DELIMITER_LINE = Pattern.compile("^[ \\t]*(?:-{3,}|\"{3,}|`{3,}|={3,}|#{3,}|\\*{3,}|'{3,}|_{3,})[ \\t]*$",
            Pattern.MULTILINE);

    // Where a blanked span gives the word back to the writer: a new turn label, or "anyway," at a sentence start.
    private static final Pattern TURN_BACK = Pattern.compile(
            "(?:^|(?<=[.!?]\\s))\\s*(?:user|customer|me|human|buyer|seller)\\s*:"
                    + "|(?<=[.!?]\\s)\\s*(?:anyway|anyways|btw|by the way|ok fine|okay fine|ok cool|okay cool|back to my|khair|waise)\\b", FLAGS);
    private static final Pattern ROLE_LINE = Pattern.compile(
            "^\\s*(?:user|customer|me|human|buyer|seller|system|assistant|ai|bot|model|developer|admin)\\s*:", FLAGS);
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n[ \\t]*\\n");
    // What an injected sentence carries: a sum, a percentage, a verdict, a sweeping action, words for the reader
    private static final Pattern PAYLOAD = Pattern.compile(
            "[$€£₹]\\s?\\d|\\b(?:rs\\.?|inr|usd|eur|gbp)\\s?\\d|\\d[\\d,.]*\\s*(?:%|rs\\b|rupees|dollars|usd|eur|inr|/-)"
                    + "|\\b(?:approve\\w*|grant\\w*|credit\\w*|transfer\\w*|issue|override\\w*|authori[sz]\\w*|every|all\\s+(?:other\\s+)?(?:orders|customers|products|"
                    + "items|tickets|refunds)|export\\w*|database|admin|mark|close|without|immediately|instructions?|system|bot|assistant|model|"
                    + "classify|output|reveal|print|password\\w*|access|delete|wallet|goodwill|compensation|voucher|gift card|vip|premium|"
                    + "verified|priority|policy|do it|just do)\\b", FLAGS);

    /** Screens one text; null reads as empty. */
    public Screened screen(String text) {
        if (text == null || text.isBlank()) {
            return new Screened(text == null ? "" : text, 0, List.of());
        }
        List<Span> spans = new ArrayList<>();
        for (Marker marker : MARKERS) {
            Matcher m = marker.pattern().matcher(text);
            while (m.find()) {
                spans.add(spanOf(text, m.start(), m.end(), marker));
            }
        }
        spans.addAll(bracketSpans(text));
        List<Span> widened = widenedToDelimitedBlocks(text, spans);
        List<Span> merged = merged(widened);
        StringBuilder trusted = new StringBuilder(text);
        // every kind found, in the order found, even where two markers fell into one span
        Set<String> kinds = new LinkedHashSet<>();
        widened.stream().sorted(Comparator.comparingInt(Span::start)).forEach(span -> kinds.add(span.kind()));
        for (Span span : merged) {
            for (int i = span.start(); i < span.end(); i++) {
                if (trusted.charAt(i) != '\n' && trusted.charAt(i) != '\r') {
                    trusted.setCharAt(i, ' ');
                }
            }
        }
        return new Screened(trusted.toString(), merged.size(), new ArrayList<>(kinds));
    }

    private static Span spanOf(String text, int start, int end, Marker marker) {
        return switch (marker.reach()) {
            case ITSELF -> new Span(start, itselfEnd(text, start, end), marker.kind());
            case TURN -> new Span(start, turnEnd(text, end), marker.kind());
            case PARAGRAPH -> new Span(sentenceStart(text, start), Math.min(payloadEnd(text, end), closingBracket(text, start)), marker.kind());
        };
    }

    /** A JSON object runs to its closing brace; a tag like {@code <system>} to its closing tag, if there is one. */
    private static int itselfEnd(String text, int start, int end) {
        char first = text.charAt(start);
        if (first == '{') {
            int depth = 0;
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 0) {
                    return i + 1;
                }
            }
            return paragraphEnd(text, end);
        }
        String tag = text.substring(start, end);
        // a chat-template turn runs to its end token: "<|im_start|>system … <|im_end|>", "[INST] … [/INST]"
        for (String[] turn : new String[][]{{"<|im_start|>", "<|im_end|>"}, {"[INST]", "[/INST]"}, {"<<SYS>>", "<</SYS>>"}}) {
            if (tag.equalsIgnoreCase(turn[0])) {
                int close = text.toLowerCase().indexOf(turn[1].toLowerCase(), end);
                return close >= 0 ? close + turn[1].length() : paragraphEnd(text, end);
            }
        }
        if (tag.startsWith("<") && !tag.startsWith("</") && !tag.startsWith("<|")) {
            String name = tag.replaceAll("[<>|/\\s]", "");
            Matcher close = Pattern.compile("</\\s*" + Pattern.quote(name) + "\\s*>", Pattern.CASE_INSENSITIVE).matcher(text);
            if (close.find(end)) {
                return close.end();
            }
            return paragraphEnd(text, end);
        }
        return end;
    }

    private static int turnEnd(String text, int from) {
        int end = paragraphEnd(text, from);
        Matcher nextRole = ROLE_LINE.matcher(text).region(from, end);
        while (nextRole.find()) {
            if (nextRole.start() > from && isUserTurn(nextRole.group())) {
                return nextRole.start();
            }
        }
        return end;
    }

    private static boolean isUserTurn(String label) {
        return label.strip().toLowerCase().matches("(?:user|customer|me|human|buyer|seller)\\s*:");
    }

    private static int paragraphEnd(String text, int from) {
        Matcher paragraph = PARAGRAPH_END.matcher(text);
        int end = paragraph.find(from) ? paragraph.start() : text.length();
        Matcher back = TURN_BACK.matcher(text).region(from, end);
        return back.find() ? back.start() : end;
    }

    /**
     * After the marker's sentence, the injection goes on as long as its sentences carry a payload (a sum, a
     * percentage, an approval, "every order", a demand aimed at the reader); the first sentence without one is the
     * writer again ("…approved by the manager: $600. Please check where my order is.").
     */
    private static int payloadEnd(String text, int markerEnd) {
        int limit = paragraphEnd(text, markerEnd);
        int end = sentenceEnd(text, markerEnd, limit);
        while (end < limit) {
            int next = sentenceEnd(text, end, limit);
            if (!PAYLOAD.matcher(text.substring(end, next)).find()) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static int sentenceEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == limit || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** Inside "(…)" or "[…]" a marker reaches to the closing bracket and no further; elsewhere, no limit. */
    private static int closingBracket(String text, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                if (depth == 0) {
                    char close = c == '(' ? ')' : ']';
                    int end = text.indexOf(close, at);
                    return end < 0 ? text.length() : end + 1;
                }
                depth--;
            }
        }
        return text.length();
    }

    /** A marker late in a sentence ("… refund $500 without review") taints the whole sentence. */
    private static int sentenceStart(String text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '(' || c == '[') {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<Span> bracketSpans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher on = MODE_ON.matcher(text);
        while (on.find()) {
            String name = on.group(1).strip();
            Matcher off = Pattern.compile("\\[\\s*" + Pattern.quote(name) + "\\s+(?:mode\\s+)?off\\s*]", Pattern.CASE_INSENSITIVE)
                    .matcher(text);
            if (off.find(on.end())) {
                spans.add(new Span(on.start(), off.end(), "a bracketed block addressed to the reader"));
            }
        }
        List<Span> modeBlocks = List.copyOf(spans);
        Matcher bracket = BRACKET.matcher(text);
        while (bracket.find()) {
            int at = bracket.start();
            if (modeBlocks.stream().anyMatch(block -> block.start() <= at && at < block.end())) {
                continue;
            }
            String inside = bracket.group().substring(1, bracket.group().length() - 1).strip();
            // "[SYSTEM OVERRIDE] do this…" is a header for what follows; "[ADMIN NOTE: …]" holds its own message
            boolean header = !inside.contains(":") && inside.split("\\s+").length <= 4;
            int end = header ? paragraphEnd(text, bracket.end()) : bracket.end();
            spans.add(new Span(bracket.start(), end, "a bracketed block addressed to the reader"));
        }
        return spans;
    }

    /** A span inside a block fenced by delimiter lines (---, """, ```) takes the whole block with it. */
    private static List<Span> widenedToDelimitedBlocks(String text, List<Span> spans) {
        List<int[]> fences = new ArrayList<>();
        Matcher line = DELIMITER_LINE.matcher(text);
        while (line.find()) {
            fences.add(new int[]{line.start(), line.end()});
        }
        List<Span> widened = new ArrayList<>();
        for (Span span : spans) {
            int open = -1;
            int close = -1;
            for (int[] fence : fences) {
                if (fence[1] <= span.start()) {
                    open = fence[0];
                } else if (fence[0] >= span.start() && close < 0 && open >= 0) {
                    close = fence[1];
                }
            }
            if (open >= 0 && close >= 0 && noBlankLineBetween(text, open, span.start())) {
                widened.add(new Span(open, Math.max(close, span.end()), span.kind()));
            } else {
                widened.add(span);
            }
        }
        return widened;
    }

    private static boolean noBlankLineBetween(String text, int from, int to) {
        return !PARAGRAPH_END.matcher(text.substring(from, to)).find();
    }

    private static List<Span> merged(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> result = new ArrayList<>();
        for (Span span : sorted) {
            Span last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && span.start() <= last.end()) {
                result.set(result.size() - 1, new Span(last.start(), Math.max(last.end(), span.end()), last.kind()));
            } else {
                result.add(span);
            }
        }
        return result;
    }
}
