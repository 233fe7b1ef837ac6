package io.commerceresolver.mail.infrastructure;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The text a person sees in an HTML mail, read by jsoup's HTML parser: scripts and styles dropped, white space
 * collapsed, a line break for each br (wholeText writes those) and a blank line around each block. No markup is
 * matched by hand, so broken or hostile HTML yields text, never an error.
 */
final class HtmlText {

    private static final String BLOCKS = "p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre, table, ul, ol, hr";

    private HtmlText() {
    }

    static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head, title, template, noscript").remove();
        // as a browser shows it: runs of white space in the source are one space, except in pre
        for (Element element : document.getAllElements()) {
            if (!element.normalName().equals("pre")) {
                for (TextNode text : element.textNodes()) {
                    text.text(text.getWholeText().replaceAll("\\s+", " "));
                }
            }
        }
        for (Element block : document.select(BLOCKS)) {
            block.before(new TextNode("\n"));
            block.after(new TextNode("\n"));
        }
        String text = document.body() == null ? "" : document.body().wholeText();
        StringBuilder lines = new StringBuilder();
        int blank = 0;
        for (String line : text.replace('\u00a0', ' ').split("\\R")) {
            String tidy = line.replaceAll("[ \\t\\x0B\\f]+", " ").strip();
            if (tidy.isEmpty()) {
                blank++;
                continue;
            }
            if (!lines.isEmpty()) {
                lines.append(blank > 0 ? "\n\n" : "\n");
            }
            lines.append(tidy);
            blank = 0;
        }
        return lines.toString();
    }
}
