package io.commerceresolver.intent;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads tickets: with a language model when one is configured and the tenant's monthly cap allows it, otherwise
 * (and whenever the model fails, is slow, or answers something that does not hold) with the keyword reader. It
 * never blocks a ticket: every path ends in a reading.
 *
 * <p>Before a ticket leaves for the model, card numbers, phone numbers, e-mail addresses and street addresses are
 * masked; addresses are kept only when the ticket asks to change one. The model's answer is then held to the ticket
 * itself: an order it names must be written in the ticket and exist in the tenant's store, and every sum, SKU and
 * percentage must be written in the ticket outside any text that tries to instruct the reader. A model cannot
 * invent an amount the customer did not ask for.
 */
public class TicketReader implements IntentExtractor {

    /** The tenant setting that overrides the deployment's monthly cap of model readings. */
    public static final String MONTHLY_CAP_SETTING = "intentModelMonthlyCap";

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    private final IntentExtractor keywords;
    private final LanguageModel model;
    private final PiiMasker masker;
    private final InjectionGuard guard;
    private final ReadingUsage usage;
    private final KnownOrders orders;
    private final TenantCaps caps;
    private final Clock clock;

    /** The monthly cap of model readings for a tenant: its own setting, or the deployment's default. */
    public interface TenantCaps {
        long monthlyCap(String tenantId);
    }

    public TicketReader(IntentExtractor keywords, LanguageModel model, PiiMasker masker, InjectionGuard guard,
                        ReadingUsage usage, KnownOrders orders, TenantCaps caps, Clock clock) {
        this.keywords = keywords;
        this.model = model;
        this.masker = masker;
        this.guard = guard;
        this.usage = usage;
        this.orders = orders;
        this.caps = caps;
        this.clock = clock;
    }

    /** The name of the reader that answers when all goes well. */
    public String primaryReader() {
        return model == null ? KeywordIntentExtractor.NAME : model.name();
    }

    /** This month's model readings for the tenant, against its cap. */
    public MonthlyUsage usageThisMonth(String tenantId) {
        ReadingUsage.Month month = usage.of(tenantId, YearMonth.now(clock));
        return new MonthlyUsage(month.month().toString(), primaryReader(), month.readings(), month.tokens(), caps.monthlyCap(tenantId));
    }

    public record MonthlyUsage(String month, String reader, long modelReadings, long tokens, long monthlyCap) {
    }

    @Override
    public ExtractedIntent extract(TicketText ticket) {
        ExtractedIntent byKeywords = keywords.extract(ticket);
        if (model == null) {
            return byKeywords;
        }
        YearMonth month = YearMonth.now(clock);
        if (!usage.tryCount(ticket.tenantId(), month, caps.monthlyCap(ticket.tenantId()))) {
            return byKeywords.withNote("The tenant's monthly cap of " + model.name() + " readings is reached; the keyword reader read it");
        }
        boolean addressNeeded = byKeywords.intent() == Intent.ADDRESS_CHANGE;
        try {
            LanguageModel.ModelAnswer answer = model.read(masker.mask(ticket.subject(), addressNeeded).text(),
                    masker.mask(ticket.text(), addressNeeded).text());
            usage.addTokens(ticket.tenantId(), month, answer.promptTokens() + answer.completionTokens());
            return heldToTheTicket(answer.reading(), ticket, byKeywords);
        } catch (LanguageModel.ModelUnavailable unavailable) {
            usage.addTokens(ticket.tenantId(), month, unavailable.tokensUsed());
            return byKeywords.withNote(model.name() + " gave no usable answer (" + unavailable.getMessage() + "); the keyword reader read it");
        } catch (RuntimeException unexpected) {
            // an adapter bug must not stop a ticket; the class name is safe to keep, a message might quote the ticket
            return byKeywords.withNote(model.name() + " failed (" + unexpected.getClass().getSimpleName() + "); the keyword reader read it");
        }
    }

    private ExtractedIntent heldToTheTicket(ExtractedIntent reading, TicketText ticket, ExtractedIntent byKeywords) {
        InjectionGuard.Screened screened = guard.screen(ticket.whole());
        List<String> problems = problemsWith(reading.entities(), ticket, screened.trustedText());
        if (!problems.isEmpty()) {
            return byKeywords.withNote("The " + model.name() + " answer was not used: " + String.join("; ", problems)
                    + "; the keyword reader read it");
        }
        if (screened.suspicious()) {
            double capped = Math.min(reading.confidence(), KeywordIntentExtractor.SUSPICIOUS_CONFIDENCE_CAP);
            return new ExtractedIntent(reading.intent(), reading.entities(), capped,
                    reading.extractor(), List.of("The ticket contains text addressed to the reader; it was not followed, and a person should look"));
        }
        return reading;
    }

    /** What in the model's answer the ticket does not bear out; empty when all of it does. */
    List<String> problemsWith(Entities entities, TicketText ticket, String trusted) {
        List<String> problems = new ArrayList<>();
        String whole = ticket.whole();
        if (entities.orderId() != null) {
            if (!mentions(whole, entities.orderId())) {
                problems.add("it names an order the ticket does not mention");
            } else if (!orders.exists(ticket.tenantId(), entities.orderId())) {
                problems.add("it names order " + entities.orderId() + ", which is not in the tenant's store");
            }
        }
        Set<BigDecimal> written = numbersIn(trusted);
        List<Amount> sums = new ArrayList<>(entities.amounts());
        if (entities.requestedPrice() != null) {
            sums.add(entities.requestedPrice());
        }
        if (entities.product() != null && entities.product().price() != null) {
            sums.add(entities.product().price());
        }
        for (Amount sum : sums) {
            if (sum.value().signum() <= 0 || !written.contains(sum.value().stripTrailingZeros())) {
                problems.add("it names a sum of " + sum.value().toPlainString() + " the customer did not write");
            }
        }
        if (entities.requestedPercentage() != null && !written.contains(entities.requestedPercentage().stripTrailingZeros())) {
            problems.add("it names a percentage the ticket does not write");
        }
        for (String sku : entities.skus()) {
            if (!mentions(whole, sku)) {
                problems.add("it names a SKU the ticket does not mention");
            }
        }
        return problems;
    }

    private static boolean mentions(String text, String token) {
        return compact(text).contains(compact(token));
    }

    private static String compact(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Every number the text writes, read both ways a comma can mean: "1,250.00" and "49,99". */
    static Set<BigDecimal> numbersIn(String text) {
        Set<BigDecimal> numbers = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String raw = m.group().replaceAll("[,.]$", "");
            add(numbers, raw.replace(",", ""));
            add(numbers, raw.replace(",", "."));
        }
        return numbers;
    }

    private static void add(Set<BigDecimal> numbers, String candidate) {
        try {
            numbers.add(new BigDecimal(candidate).stripTrailingZeros());
        } catch (NumberFormatException notOne) {
            // "1.2.3" and the like: not a sum anyone wrote
        }
    }
}
