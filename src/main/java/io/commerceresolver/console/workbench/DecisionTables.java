package io.commerceresolver.console.workbench;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The decision tables of a DMN file, read from its XML so an analyst sees them as tables: one column per input,
 * output and annotation, one row per rule, each cell as written ({@code -} is "any"). Only tables; other kinds of
 * decision logic are listed by name.
 */
public final class DecisionTables {

    private DecisionTables() {
    }

    public enum ColumnKind { INPUT, OUTPUT, ANNOTATION }

    public record Column(String label, ColumnKind kind) {

        public boolean input() {
            return kind == ColumnKind.INPUT;
        }

        public boolean annotation() {
            return kind == ColumnKind.ANNOTATION;
        }
    }

    /** A cell as FEEL has it, and as a person reads it. */
    public record Cell(String feel, String readable) {
    }

    public record Row(int number, List<Cell> cells) {
    }

    public record Table(String decision, String hitPolicy, List<Column> columns, List<Row> rows) {

        public String hitPolicyMeaning() {
            switch (hitPolicy) {
                case "UNIQUE":
                    return "at most one row matches";
                case "FIRST":
                    return "the first matching row decides";
                case "ANY":
                    return "any matching row decides (they agree)";
                case "COLLECT":
                    return "every matching row counts";
                case "PRIORITY":
                    return "the matching row with the highest output priority decides";
                case "RULE ORDER":
                    return "every matching row, in order";
                default:
                    return hitPolicy.toLowerCase();
            }
        }
    }

    /** @throws IllegalArgumentException if the text is not well-formed XML */
    public static List<Table> of(String dmn) {
        Document document = parse(dmn);
        List<Table> tables = new ArrayList<>();
        NodeList decisions = document.getElementsByTagNameNS("*", "decision");
        for (int d = 0; d < decisions.getLength(); d++) {
            Element decision = (Element) decisions.item(d);
            for (Element table : children(decision, "decisionTable")) {
                tables.add(table(decision.getAttribute("name"), table));
            }
        }
        return tables;
    }

    private static Table table(String decision, Element table) {
        List<Column> columns = new ArrayList<>();
        for (Element input : children(table, "input")) {
            String label = input.getAttribute("label");
            if (label.isEmpty()) {
                label = children(input, "inputExpression").stream().map(DecisionTables::text).findFirst().orElse("input");
            }
            columns.add(new Column(label, ColumnKind.INPUT));
        }
        for (Element output : children(table, "output")) {
            String label = output.getAttribute("name").isEmpty() ? output.getAttribute("label") : output.getAttribute("name");
            columns.add(new Column(label.isEmpty() ? decision : label, ColumnKind.OUTPUT));
        }
        for (Element annotation : children(table, "annotation")) {
            columns.add(new Column(annotation.getAttribute("name"), ColumnKind.ANNOTATION));
        }
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (Element rule : children(table, "rule")) {
            List<Cell> cells = new ArrayList<>();
            for (String kind : List.of("inputEntry", "outputEntry", "annotationEntry")) {
                for (Element entry : children(rule, kind)) {
                    String feel = text(entry);
                    cells.add(new Cell(feel, kind.equals("annotationEntry") ? feel : readable(feel)));
                }
            }
            while (cells.size() < columns.size()) {
                cells.add(new Cell("", ""));
            }
            rows.add(new Row(++number, cells));
        }
        String hitPolicy = table.getAttribute("hitPolicy").isEmpty() ? "UNIQUE" : table.getAttribute("hitPolicy");
        return new Table(decision, hitPolicy, columns, rows);
    }

    /** {@code -} reads "any"; a list of quoted strings reads as the strings, comma separated; anything else as written. */
    static String readable(String feel) {
        String text = feel.strip();
        if (text.equals("-") || text.isEmpty()) {
            return "any";
        }
        if (text.matches("\"[^\"]*\"(\\s*,\\s*\"[^\"]*\")*")) {
            List<String> values = new ArrayList<>();
            for (String part : text.split("\"\\s*,\\s*\"")) {
                values.add(part.replace("\"", ""));
            }
            return String.join(", ", values);
        }
        return text;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The text of an entry: its {@code <text>} child. */
    private static String text(Element entry) {
        List<Element> texts = children(entry, "text");
        return (texts.isEmpty() ? entry.getTextContent() : texts.get(0).getTextContent()).strip();
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
