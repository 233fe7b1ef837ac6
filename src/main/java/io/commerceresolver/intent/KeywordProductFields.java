package io.commerceresolver.intent;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a seller says about a product: its title, category and stock count, in the ways sellers write them, from a
 * form ("Title: …", "Qty: 25", "Category: Kitchen") to a line ("naya product: Cotton Jhola Bag, ₹349, 100 pcs,
 * category Bags").
 *
 * <p>The stock count is a number the stock is set to: "stock to 120", "50 in stock", "25 pcs", "sirf 5 bache hain";
 * "out of stock" and "maal khatam" are 0. A delivery on top ("30 pcs aur aaye hain, add kar do") is not a count.
 */
final class KeywordProductFields {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String STOCK_WORD = "(?:stock|stok|stck|inventory|qty|quantity|opening stock|count)";

    // the stock set to a number: "stock to 120", "stock for the Blue Cotton Throw to 48", "stok should be 35", "Qty: 25"
    private static final Pattern STOCK_SET_TO = Pattern.compile(
            "\\b" + STOCK_WORD + "\\b(?:\\s+(?:for|of)\\s+[^.,:\\n]{1,50}?)?(?:\\s*(?:\\bto\\b|=|:|\\bis\\b|\\bshould be\\b|\\bhai\\b|\\bko\\b|\\bat\\b|"
                    + "\\bnow\\b|\\bme\\b|\\bmein\\b|-))*"
                    + "\\s*(\\d{1,6})\\b(?!\\s*(?:%|\\.\\d|,\\d|pcs\\s+aur|more|extra))", F);
    private static final Pattern STOCK_UPDATE_TO = Pattern.compile(
            "\\b(?:stock|stok|inventory|qty|quantity)\\s+update\\b[^\\n\\d]{0,30}?(\\d{1,6})\\b(?!\\s*(?:%|more|extra))", F);
    private static final Pattern SET_IN_SYSTEM = Pattern.compile(
            "\\b(?:system|app|dashboard|site|listing)\\s+(?:me|mein|par|pe|on|to)\\s+(\\d{1,6})\\s+(?:kar do|karo|kar|set)\\b", F);
    private static final Pattern WE_HAVE = Pattern.compile(
            "\\b(?:we|i)\\s+(?:actually\\s+|only\\s+|now\\s+|still\\s+|just\\s+)?(?:have|got|hold|count(?:ed)?)\\s+(?:only\\s+)?(\\d{1,6})\\b"
                    + "(?!\\s*(?:%|more|extra|additional|days?|hours?|weeks?|orders?|customers?|complaints?))", F);
    private static final Pattern COUNT_ON_HAND = Pattern.compile(
            "(?<![\\d.,])(\\d{1,6})\\s+(?:(?:pcs|pieces?|units?|nos|items?)\\s+)?(?:in stock|on the shelf|on hand|in hand|in the warehouse|available|"
                    + "bache|bacha|bachi|left|remaining)\\b", F);
    private static final Pattern COUNT_IN_UNITS = Pattern.compile(
            "(?<![\\d.,])(\\d{1,6})\\s*(?:units?|pcs|pc|pieces?|nos|pairs?|sets?|boxes)\\b(?!\\s+(?:aur|more|extra|additional|add))", F);
    private static final Pattern NONE_LEFT = Pattern.compile(
            "(?<!almost |nearly |about to be |going to be |soon be )\\b(?:out of stock|sold out|maal khatam|stock khatam|stok khatam|"
                    + "khatam ho gaya|no stock|zero stock|stock nil|nil stock)\\b(?!\\s+soon)"
                    + "|\\b(?:stock|stok|quantity|qty|inventory)\\b[^.\\n]{0,40}\\b(?:to|=)\\s*(?:zero|nil|none)\\b"
                    + "|\\b(?:mark|make|set)\\w*\\s+(?:\\S+\\s+){0,4}(?:as\\s+)?unavailable\\b|\\bsold the last (?:one|piece|unit|pair)\\b", F);

    private static final Pattern LABELLED_TITLE = Pattern.compile(
            "(?:^|\\n|[.?!,;]\\s+)[ \\t]*[-•*]?[ \\t]*(?:title|name|product name|item name|product title)[ \\t]*[:\\-–][ \\t]*"
                    + "([^\\n,;]+?)(?=\\.\\s|[\\n,;]|\\.?$)", F);
    private static final Pattern TITLE_AFTER_CUE = Pattern.compile(
            "\\b(?:new|naya|nayi|naye|brand new)\\s+(?:pro?d?u?ct|prodct|product|item|listing|sku|saman|samaan)s?"
                    + "(?:\\s+(?:for|in)\\s+(?:the\\s+)?[\\w &]{2,30}?\\s+(?:section|category|collection))?"
                    + "(?:\\s+(?:to list|list karo|list kar do|daalna hai|daalna h|daalo|banao|bana do|banana hai|add karna hai|add karna h|add karo|"
                    + "add kar do|upload karo|upload kar do|upload karna hai|hai|h|please|pls|plz|details|below)|(?:\\s+\\p{L}+){1,4}?)?"
                    + "[ \\t]*[:\\-–][ \\t]*([^\\n]+)"
                    + "|\\b(?:create|add|new)\\s+(?:a\\s+)?listing[ \\t]*[:\\-–][ \\t]*([^\\n]+)"
                    // "create a new listing for Organic Honey 250g at $12", "new product called Rose Face Mist"
                    + "|\\b(?:new|create|add|list|launch)\\s+(?:a\\s+|an\\s+)?(?:new\\s+)?(?:product|listing|item)\\s+(?:for|called|named|titled)"
                    + "\\s+(?:the\\s+|our\\s+)?(?:new\\s+)?([A-Z][^\\n]+)"
                    + "|\\b(?:add|create|list|upload)\\s+(?:a\\s+)?(?:product|item|listing)[ \\t]*[:\\-–][ \\t]*([^\\n]+)"
                    + "|\\badd[ \\t]*:[ \\t]*([^\\n]+)"
                    // "please list our new Linen Shirt (SKU …) at $45"
                    + "|\\b(?:add|list|launch|introduce|upload)\\s+(?:our\\s+|a\\s+|an\\s+|the\\s+|this\\s+)?new\\s+"
                    + "(?!product|item|listing|sku|saman)((?-i:[A-Z])[^\\n]+)"
                    + "|\\badd\\s+(?:this|these|it|the following)\\s+to\\s+(?:the\\s+|our\\s+)?(?:store|catalog|catalogue|shop|site|website)"
                    + "[ \\t]*[:\\-–][ \\t]*([^\\n]+)", F);
    private static final Pattern QUOTED_TITLE = Pattern.compile(
            "(?:called|named|titled|title|product|listing|item|add|list|create)\\s*:?\\s*[\"“']([^\"”'\\n]{3,80})[\"”']", F);
    private static final Pattern ANY_QUOTE = Pattern.compile("(?<![\\w])[\"“']([A-Z][^\"”'\\n]{2,80})[\"”'](?!\\w)");
    private static final Pattern STOCK_FOR_TITLE = Pattern.compile(
            "\\b(?:(?:stock|stok|inventory|quantity|qty|count)\\s+(?:for|of)|restock|replenish)\\s+(?:the\\s+|our\\s+)?"
                    + "([A-Z][\\w'-]*(?:\\s+[A-Z0-9][\\w'-]*){0,6})\\b");
    // where a title on a line stops: the next field
    private static final Pattern TITLE_END = Pattern.compile(
            "\\s*(?:,|;|\\s[-–—]\\s|\\.\\s|\\.$|\\bSKU\\b|\\bsku\\b|\\bprice\\b|\\brate\\b|\\bfor\\s+[$₹€£]|\\bat\\s+[$₹€£]|@|[$₹€£]|\\bRs\\.?\\s?\\d|\\(SKU)");

    private static final Pattern CATEGORY = Pattern.compile(
            "\\b(?:category|categry|catagory|categoy)\\b[ \\t]*(?:is\\b|hai\\b)?[ \\t]*[:\\-–=]?[ \\t]*([^,\\n.;(]+)", F);
    private static final Pattern SECTION = Pattern.compile(
            "\\b(?:for|in|under)\\s+(?:the\\s+)?([\\w &]{2,30}?)\\s+(?:section|category)\\b", F);
    // "…, 50 units, Bath category"
    private static final Pattern CATEGORY_AFTER_NAME = Pattern.compile(",\\s*([A-Z][\\w&]*(?:\\s+[\\w&]+){0,3}?)\\s+category\\b");
    private static final Pattern CATEGORY_END = Pattern.compile("\\s+(?:aur|and|please|pls|plz|mein|me|ke|ka|ki|rakh|rakho|daal|mai|hai|h)\\b.*$",
            F);

    private KeywordProductFields() {
    }

    /** The count the stock should be set to, or null when the ticket names none. */
    static Integer stockCount(String text) {
        for (Pattern form : List.of(STOCK_SET_TO, STOCK_UPDATE_TO, SET_IN_SYSTEM, COUNT_ON_HAND, WE_HAVE, COUNT_IN_UNITS)) {
            Matcher m = form.matcher(text);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return NONE_LEFT.matcher(text).find() ? 0 : null;
    }

    static String title(String text) {
        Matcher labelled = LABELLED_TITLE.matcher(text);
        if (labelled.find()) {
            return clean(labelled.group(1), false);
        }
        Matcher afterCue = TITLE_AFTER_CUE.matcher(text);
        while (afterCue.find()) {
            String raw = firstGroup(afterCue);
            String found = clean(raw, true);
            if (found != null) {
                return found;
            }
        }
        Matcher quoted = QUOTED_TITLE.matcher(text);
        if (quoted.find()) {
            return clean(quoted.group(1), false);
        }
        Matcher anyQuote = ANY_QUOTE.matcher(text);
        if (anyQuote.find()) {
            return clean(anyQuote.group(1), false);
        }
        return stockTitle(text);
    }

    /** "set stock for the Blue Cotton Throw to 48": the product a stock count is about, when it has no SKU. */
    static String stockTitle(String text) {
        Matcher m = STOCK_FOR_TITLE.matcher(text);
        return m.find() ? clean(m.group(1), false) : null;
    }

    static String category(String text) {
        Matcher m = CATEGORY.matcher(text);
        if (m.find()) {
            String category = CATEGORY_END.matcher(m.group(1).strip()).replaceAll("").strip();
            return category.isEmpty() ? null : category;
        }
        Matcher section = SECTION.matcher(text);
        if (section.find()) {
            return section.group(1).strip();
        }
        Matcher trailing = CATEGORY_AFTER_NAME.matcher(text);
        return trailing.find() ? trailing.group(1).strip() : null;
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private static String clean(String raw, boolean stopAtNextField) {
        String title = raw.replaceAll("^[\\s,;:\\-–]+", "");
        if (stopAtNextField) {
            Matcher end = TITLE_END.matcher(title);
            if (end.find()) {
                title = title.substring(0, end.start());
            }
        }
        title = title.replaceAll("^[\"“'\\s]+|[\"”'\\s.,;:]+$", "");
        // a title is a name, not the rest of a sentence
        return title.length() < 2 || title.length() > 90 || !Character.isLetterOrDigit(title.charAt(0)) ? null : title;
    }
}
