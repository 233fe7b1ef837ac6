package io.commerceresolver.intent;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ticket's words made comparable for the keyword reader: lower case, one kind of apostrophe and quote, and the
 * misspellings and short forms customers type on phones spelled out ("refnd", "cancle", "adress", "ordr", "krna",
 * "kardo", "nhi"), so the vocabulary lists each word once. Only intent cues read this form; entities are read from
 * the original text, where case and punctuation carry meaning.
 */
final class KeywordText {

    // Misspellings seen in real support inboxes and the Latin-script spellings of Hindi words that vary by writer.
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("refnd", "refund"), Map.entry("refun", "refund"), Map.entry("rfund", "refund"), Map.entry("refound", "refund"),
            Map.entry("refud", "refund"), Map.entry("refunt", "refund"), Map.entry("reufnd", "refund"), Map.entry("refundd", "refund"),
            Map.entry("refnds", "refunds"), Map.entry("reembolso", "refund"),
            Map.entry("cancle", "cancel"), Map.entry("cancell", "cancel"), Map.entry("cancal", "cancel"), Map.entry("cansel", "cancel"),
            Map.entry("cencel", "cancel"), Map.entry("cancl", "cancel"), Map.entry("cancil", "cancel"), Map.entry("kansal", "cancel"),
            Map.entry("cancelation", "cancellation"), Map.entry("cancellaton", "cancellation"), Map.entry("cancled", "cancelled"),
            Map.entry("canceld", "cancelled"), Map.entry("cancelld", "cancelled"), Map.entry("cncl", "cancel"), Map.entry("canel", "cancel"),
            Map.entry("refudn", "refund"), Map.entry("refunf", "refund"),
            Map.entry("pakage", "package"), Map.entry("packge", "package"), Map.entry("pakg", "package"), Map.entry("pkg", "package"),
            Map.entry("parcle", "parcel"), Map.entry("parsel", "parcel"), Map.entry("parcal", "parcel"), Map.entry("shippment", "shipment"),
            Map.entry("delivry", "delivery"), Map.entry("dilevery", "delivery"), Map.entry("delievry", "delivery"),
            Map.entry("delevery", "delivery"), Map.entry("deleivery", "delivery"), Map.entry("trackin", "tracking"), Map.entry("tracknig", "tracking"),
            Map.entry("damged", "damaged"), Map.entry("damagd", "damaged"), Map.entry("brokn", "broken"), Map.entry("chnage", "change"),
            Map.entry("chang", "change"), Map.entry("updte", "update"), Map.entry("udpate", "update"), Map.entry("exchnge", "exchange"),
            Map.entry("adress", "address"), Map.entry("addres", "address"), Map.entry("adres", "address"), Map.entry("addrss", "address"),
            Map.entry("adddress", "address"), Map.entry("addresss", "address"), Map.entry("addr", "address"), Map.entry("add.", "address"),
            Map.entry("adrress", "address"), Map.entry("adreess", "address"),
            Map.entry("recieved", "received"), Map.entry("recived", "received"), Map.entry("receieved", "received"),
            Map.entry("recevied", "received"), Map.entry("receved", "received"), Map.entry("recieve", "receive"), Map.entry("recive", "receive"),
            Map.entry("prise", "price"), Map.entry("prce", "price"), Map.entry("pric", "price"), Map.entry("prize", "price"),
            Map.entry("priec", "price"), Map.entry("prices", "prices"),
            Map.entry("oder", "order"), Map.entry("ordr", "order"), Map.entry("odrer", "order"), Map.entry("orderr", "order"),
            Map.entry("ordeer", "order"), Map.entry("oredr", "order"), Map.entry("ordar", "order"), Map.entry("odr", "order"),
            Map.entry("ordred", "ordered"), Map.entry("orderd", "ordered"),
            Map.entry("stok", "stock"), Map.entry("stck", "stock"), Map.entry("stokc", "stock"), Map.entry("inventry", "inventory"),
            Map.entry("invntory", "inventory"), Map.entry("inventroy", "inventory"),
            Map.entry("retrun", "return"), Map.entry("retun", "return"), Map.entry("retrn", "return"), Map.entry("rturn", "return"),
            Map.entry("retunr", "return"), Map.entry("reutrn", "return"), Map.entry("retrund", "returned"),
            Map.entry("discout", "discount"), Map.entry("discont", "discount"), Map.entry("dicount", "discount"),
            Map.entry("disount", "discount"), Map.entry("discnt", "discount"), Map.entry("discunt", "discount"),
            Map.entry("dicsount", "discount"), Map.entry("discounts", "discounts"), Map.entry("cupon", "coupon"),
            Map.entry("coupan", "coupon"), Map.entry("copon", "coupon"), Map.entry("coupn", "coupon"),
            Map.entry("replacment", "replacement"), Map.entry("replacemnt", "replacement"), Map.entry("replacemet", "replacement"),
            Map.entry("repalcement", "replacement"), Map.entry("replcement", "replacement"), Map.entry("repalce", "replace"),
            Map.entry("replce", "replace"), Map.entry("replase", "replace"), Map.entry("exchnage", "exchange"),
            Map.entry("exchang", "exchange"), Map.entry("exhange", "exchange"), Map.entry("excahnge", "exchange"),
            Map.entry("delivr", "deliver"), Map.entry("delivery", "delivery"), Map.entry("delivey", "delivery"),
            Map.entry("delievery", "delivery"), Map.entry("delivary", "delivery"), Map.entry("dilivery", "delivery"),
            Map.entry("deliverd", "delivered"), Map.entry("delivred", "delivered"), Map.entry("deliveried", "delivered"),
            Map.entry("shipp", "ship"), Map.entry("shiped", "shipped"), Map.entry("trackng", "tracking"), Map.entry("traking", "tracking"),
            Map.entry("trakcing", "tracking"), Map.entry("satus", "status"), Map.entry("stauts", "status"), Map.entry("staus", "status"),
            Map.entry("prodct", "product"), Map.entry("prduct", "product"), Map.entry("produt", "product"), Map.entry("prodcut", "product"),
            Map.entry("categry", "category"), Map.entry("catagory", "category"), Map.entry("categoy", "category"),
            Map.entry("quantiy", "quantity"), Map.entry("quanity", "quantity"), Map.entry("listng", "listing"),
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("pleas", "please"), Map.entry("plss", "please"),
            Map.entry("pleae", "please"), Map.entry("plzz", "please"), Map.entry("kindly", "please"),
            Map.entry("wher", "where"), Map.entry("whr", "where"), Map.entry("wheres", "where's"), Map.entry("whers", "where's"),
            Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("r", "are"), Map.entry("y", "why"), Map.entry("wat", "what"),
            Map.entry("dont", "don't"), Map.entry("didnt", "didn't"), Map.entry("doesnt", "doesn't"), Map.entry("havent", "haven't"),
            Map.entry("hasnt", "hasn't"), Map.entry("isnt", "isn't"), Map.entry("wasnt", "wasn't"), Map.entry("cant", "can't"),
            Map.entry("wont", "won't"), Map.entry("im", "i'm"), Map.entry("ive", "i've"),
            Map.entry("thx", "thanks"), Map.entry("thnx", "thanks"), Map.entry("thanx", "thanks"), Map.entry("ty", "thanks"),
            Map.entry("recd", "received"), Map.entry("rcvd", "received"), Map.entry("yestrday", "yesterday"),
            Map.entry("mony", "money"), Map.entry("monney", "money"), Map.entry("amout", "amount"), Map.entry("ammount", "amount"),
            // Hinglish: one spelling for each word
            Map.entry("krna", "karna"), Map.entry("krni", "karni"), Map.entry("krdo", "kar do"), Map.entry("kardo", "kar do"),
            Map.entry("krdijiye", "kar dijiye"), Map.entry("kardijiye", "kar dijiye"), Map.entry("kr", "kar"), Map.entry("kro", "karo"),
            Map.entry("karo", "karo"), Map.entry("kariye", "karo"), Map.entry("kijiye", "karo"), Map.entry("karein", "karo"),
            Map.entry("krwana", "karwana"), Map.entry("karvana", "karwana"), Map.entry("krdena", "kar dena"), Map.entry("kardena", "kar dena"),
            Map.entry("nhi", "nahi"), Map.entry("nahin", "nahi"), Map.entry("nai", "nahi"), Map.entry("nahee", "nahi"), Map.entry("nae", "nahi"),
            Map.entry("chaiye", "chahiye"), Map.entry("chahie", "chahiye"), Map.entry("chahiyee", "chahiye"), Map.entry("chaahiye", "chahiye"),
            Map.entry("chahiya", "chahiye"), Map.entry("chaihye", "chahiye"), Map.entry("chiye", "chahiye"), Map.entry("chahye", "chahiye"),
            Map.entry("tk", "tak"), Map.entry("abi", "abhi"), Map.entry("abhie", "abhi"), Map.entry("h", "hai"), Map.entry("hain", "hai"),
            Map.entry("he", "hai"), Map.entry("hy", "hai"), Map.entry("paisa", "paise"), Map.entry("pese", "paise"), Map.entry("paisaa", "paise"),
            Map.entry("pesa", "paise"), Map.entry("paiso", "paise"), Map.entry("vapas", "wapas"), Map.entry("wapis", "wapas"),
            Map.entry("vaapas", "wapas"), Map.entry("waapas", "wapas"), Map.entry("vapis", "wapas"), Map.entry("wapass", "wapas"),
            Map.entry("bhejdo", "bhej do"), Map.entry("bhejo", "bhejo"), Map.entry("bhijwa", "bhej"), Map.entry("bhijwao", "bhejo"),
            Map.entry("aayega", "aayega"), Map.entry("ayega", "aayega"), Map.entry("aaega", "aayega"), Map.entry("aiga", "aayega"),
            Map.entry("ayegi", "aayegi"), Map.entry("aaegi", "aayegi"), Map.entry("aya", "aaya"), Map.entry("ayi", "aayi"), Map.entry("aai", "aayi"),
            Map.entry("mila", "mila"), Map.entry("mile", "mila"), Map.entry("milegaa", "milega"), Map.entry("milgea", "milega"),
            Map.entry("kaha", "kahan"), Map.entry("kahaan", "kahan"), Map.entry("kidhar", "kahan"), Map.entry("kha", "kahan"),
            Map.entry("pahucha", "pahuncha"), Map.entry("pohcha", "pahuncha"), Map.entry("pahuncha", "pahuncha"), Map.entry("pohncha", "pahuncha"),
            Map.entry("jaldi", "jaldi"), Map.entry("jldi", "jaldi"), Map.entry("dusra", "dusra"), Map.entry("doosra", "dusra"),
            Map.entry("dusri", "dusra"), Map.entry("doosri", "dusra"), Map.entry("dusre", "dusra"), Map.entry("nya", "naya"),
            Map.entry("nayi", "naya"), Map.entry("naye", "naya"), Map.entry("nai-wali", "naya"), Map.entry("galt", "galat"),
            Map.entry("glt", "galat"), Map.entry("gallat", "galat"), Map.entry("bilkul", "bilkul"), Map.entry("thoda", "thoda"),
            Map.entry("thora", "thoda"), Map.entry("thodi", "thoda"), Map.entry("thori", "thoda"), Map.entry("daam", "daam"),
            Map.entry("dam", "daam"), Map.entry("kimat", "daam"), Map.entry("keemat", "daam"), Map.entry("kimmat", "daam"),
            Map.entry("rkh", "rakh"), Map.entry("rakho", "rakh do"), Map.entry("rakhdo", "rakh do"), Map.entry("badhao", "badha do"),
            Map.entry("badhado", "badha do"), Map.entry("badhaa", "badha"), Map.entry("bada", "badha"), Map.entry("ghatao", "ghata do"),
            Map.entry("ghatado", "ghata do"), Map.entry("lagao", "laga do"), Map.entry("lagado", "laga do"), Map.entry("hatao", "hata do"),
            Map.entry("hatado", "hata do"), Map.entry("bnd", "band"), Map.entry("chaalu", "chalu"), Map.entry("shuru", "shuru"),
            Map.entry("suru", "shuru"), Map.entry("daalo", "daal do"), Map.entry("dalo", "daal do"), Map.entry("daldo", "daal do"),
            Map.entry("daaldo", "daal do"), Map.entry("dalna", "daalna"), Map.entry("banao", "bana do"), Map.entry("banado", "bana do"),
            Map.entry("mangaya", "mangaya"), Map.entry("mangwaya", "mangaya"), Map.entry("mngaya", "mangaya"),
            Map.entry("krunga", "karunga"), Map.entry("karunga", "karunga"), Map.entry("karungi", "karunga"),
            Map.entry("bhai", "bhai"), Map.entry("bhaiya", "bhai"), Map.entry("bhaiyya", "bhai"), Map.entry("bhaisahab", "bhai"),
            Map.entry("mera", "mera"), Map.entry("mra", "mera"), Map.entry("meri", "mera"), Map.entry("mere", "mera"),
            Map.entry("kya", "kya"), Map.entry("kyaa", "kya"), Map.entry("kia", "kya"), Map.entry("q", "kyun"), Map.entry("kyu", "kyun"),
            Map.entry("kb", "kab"), Map.entry("tak", "tak"), Map.entry("ho", "ho"), Map.entry("hoga", "hoga"), Map.entry("hogaa", "hoga"));

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'.]*(?<![.'])|[\\p{L}\\p{N}]");

    private KeywordText() {
    }

    /** The form intent cues are matched against. */
    static String normalised(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('`', '\'')
                .replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-');
        Matcher word = WORD.matcher(lower);
        StringBuilder out = new StringBuilder(lower.length() + 16);
        while (word.find()) {
            String replacement = SPELLINGS.get(word.group());
            word.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? word.group() : replacement));
        }
        word.appendTail(out);
        return out.toString().replaceAll("[ \\t]+", " ");
    }
}
