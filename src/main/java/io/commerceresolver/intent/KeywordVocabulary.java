package io.commerceresolver.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words and phrases, English and Hinglish, by which tickets ask for each intent, matched against
 * {@link KeywordText#normalised(String)} text.
 *
 * <p>Each cue has a weight: 3 for a phrase that is a request on its own ("cancel my order", "paise wapas karo",
 * "set stock to"), 2 for the intent's keyword alone ("refund", "exchange"), 1 for context that only leans
 * ("tracking", "pickup", "thanks"). Cues are written as requests rather than topics, so a ticket that mentions a
 * past return while asking where its refund is reads as a refund.
 */
final class KeywordVocabulary {

    record Cue(Intent intent, double weight, Pattern pattern) {
    }

    /** Whether the writer is a seller changing their own catalogue or a customer asking for themselves. */
    record Voice(Pattern seller, Pattern customer) {
    }

    static final double STRONG = 3;
    static final double KEYWORD = 2;
    static final double LEANING = 1;

    // what an injection-free ticket calls the things that are bought and sent
    private static final String PARCEL = "(?:order|orders|package|parcel|shipment|delivery|stuff|item|items|product|saman|samaan|maal|cheez)";
    private static final String MONEY = "(?:paise|money|amount|payment|rupaye|rupees|rupiya|raqam|refund|balance|cash)";
    private static final String PRICE = "(?:price|prices|pricing|rate|rates|daam|mrp|selling price)";
    // money as a seller writes a price: "₹599", "$8.50", "Rs 299", "450 rs", "699/-"
    private static final String MONEYISH = "(?:[$₹€£]\\s?\\d|\\b(?:rs\\.?|inr|usd|eur|gbp)\\s?\\d|\\d[\\d,.]*\\s*(?:rs\\b|rupees|/-|usd\\b|eur\\b|dollars))";
    private static final String SALE = "(?:sale|sales|offer|offers|promo|promos|promotion|promotions|deal|deals|coupon|coupons|discount code|promo code|discount|"
            + "code|bogo|campaign|cashback offer|free[- ]shipping(?: offer| promo)?|bonanza)";
    private static final String SALE_VERB = "(?:start|run|launch|create|schedule|set up|setup|add|begin|activate|enable|turn on|put up|extend|"
            + "end|stop|pause|remove|cancel|disable|turn off|deactivate|kill|close|expire|take down|switch off|switch on|resume|"
            + "introduce|announce|roll out|go live with)";
    private static final String HINGLISH_DO = "(?:kar do|karo|kar dijiye|kar dena|karna|karni|karne|karwana|kar)";

    static final List<Cue> CUES = cues();

    static final Voice VOICE = new Voice(
            pattern("\\b(?:our|my)\\s+(?:store|shop|catalog|catalogue|listings?|products|customers|inventory|website|site|"
                    + "collection|warehouse|buyers)\\b|\\bcustomers\\s+(?:ko|are|keep|have|love|like)\\b|\\b(?:site|store)[- ]?wide\\b|\\ball\\s+(?:products|items|listings)\\b"
                    + "|\\b(?:saare|sabhi|sare)\\b|\\bsab\\s+\\w+\\s+(?:ka|ke|pe|par)\\b|\\bcompetitor|\\bsupplier|\\braw material|\\bnot moving\\b"
                    + "|\\bnot selling\\b|\\bbik\\s+(?:nahi|rahe|raha|gaye|gaya)\\b|\\beffective\\s+(?:today|immediately|from|tomorrow)\\b"
                    + "|\\bgodown\\b|\\bhomepage\\b|\\bbanner\\b|\\bmargin\\b|\\blisting\\b|\\bsku\\b|\\bstock\\b|\\boverselling\\b"
                    + "|\\bsasta bech\\b|\\bbech\\s+(?:rha|raha|rahe)\\b|\\bfor the (?:eu|us|uk|india) store\\b"
                    + "|\\b(?:for|to)\\s+all\\s+(?:\\w+\\s+)?(?:customers|subscribers|users|members|buyers|orders)\\b"),
            pattern("\\b(?:my order|mera order|i ordered|i bought|i purchased|i paid|maine|mujhe|le lunga|le lungi|le rahi|le raha|"
                    + "lena hai|doge|de doge|for me|i'm buying|i am buying|about to order|i'm ordering|my cart|student|first[- ]time buyer|"
                    + "if i buy|if i order|i want to buy|buy karna|kharidna|kharid|i'm a (?:regular|loyal)|regular customer|"
                    + "loyal customer|for my (?:team|family|wedding|office)|lunga|lungi|lenge|le lu|le lun|(?:waiting|planning|want|going) to (?:buy|order)|lene hai|leni hai|lena chahta|lena chahti|for my staff|for our staff|gifting)\\b"));

    private KeywordVocabulary() {
    }

    private static List<Cue> cues() {
        List<Cue> cues = new ArrayList<>();

        // ---------------------------------------------------------------------------------------------- refund
        add(cues, Intent.REFUND_REQUEST, STRONG,
                "\\b(?:want|need|like|request(?:ing)?|expect(?:ing)?|demand(?:ing)?|get|issue|process|initiate|give me|send me|"
                        + "get me|waiting for|where is|where's|kab milega|status of)\\b[^.?!\\n]{0,20}\\brefund",
                "\\brefund\\s+(?:me|my|the|it|this|kar|karo|kar do|chahiye|please|asap|de do|dedo|do|milega|mil|kab|process|request|"
                        + "of|for|to|back|jaldi|abhi|amount|status)\\b",
                "\\b(?:my|mera|full|partial|a|complete)\\s+refund\\b",
                // "refund $49.99", "refund USD 20", "refund 500 rs": a sum right after the word is an ask, not a topic
                "\\brefund\\s+(?:of\\s+)?(?:[₹$€£]|usd|inr|eur|gbp|rs\\.?)?\\s?\\d",
                "\\bmoney\\s+back\\b|\\b(?:return|refund|give back|send back)\\s+(?:my|the)\\s+(?:money|amount|payment|paise)\\b",
                "\\b(?:paise|money|amount|payment|rupaye|rupees|raqam|rs)\\b[^.?!\\n]{0,30}\\b(?:wapas|lautao|lauta do|return kar)",
                "(?:[₹$€£]\\s?\\d[\\d,.]*|\\b\\d[\\d,.]*\\s*(?:rs|rupees|rupaye|/-))\\s+(?:\\w+\\s+)?(?:wapas|lautao|lauta do|refund)",
                "\\b(?:charged|deducted|debited|billed|paid|kat|kaat|cut)\\s+(?:[\\w-]+\\s+){0,3}(?:twice|two times|2 times|double|do baar|2 baar|thrice)\\b",
                "\\b(?:double|duplicate|extra)\\s+(?:charge|charged|payment|debit|deduction|transaction)\\b",
                "\\breimburs\\w*|\\bcharge\\s?back\\b|\\bpaid twice\\b|\\bovercharged\\b",
                "\\b(?:want|demand|need|expect|request|claim)\\w*\\s+(?:\\w+\\s+)?compensation\\b",
                "\\b(?:haven't|have not|not|never|didn't|did not)\\s+(?:yet\\s+)?(?:seen|got|gotten|received|get)\\s+(?:the|my|any)\\s+"
                        + "(?:money|refund|amount|credit|payment)\\b",
                "\\bcredit\\b[^.?!\\n]{0,20}\\bback\\b",
                "\\bwhere(?:'s|\\s+is)\\s+(?:my|the)\\s+(?:money|refund|paise|amount|payment)\\b",
                "\\b(?:my|the)\\s+(?:money|paise|amount|payment)\\s+(?:returned|refunded|back|reversed|wapas)\\b",
                "\\b(?:money|paise|amount|refund|payment)\\s+(?:is\\s+|has\\s+)?(?:still\\s+)?(?:not|nahi|never)\\s+(?:been\\s+)?"
                        + "(?:credited|received|aaya|mila|returned|refunded|reversed)\\b|\\bnot\\s+(?:yet\\s+)?(?:been\\s+)?credited\\b",
                "\\b(?:reverse|reversal of)\\s+(?:the\\s+|this\\s+|that\\s+|one\\s+)?(?:of\\s+the\\s+)?(?:charge|payment|transaction|debit)s?\\b"
                        + "|\\b(?:charge|payment|transaction|debit)s?\\b[^.?!\\n]{0,30}\\breversed\\b");
        add(cues, Intent.REFUND_REQUEST, KEYWORD,
                "\\brefund\\w*",
                "\\b(?:paise|amount|money|payment)\\s+(?:\\w+\\s+)?(?:kat|kaat|cut|deduct|debit)\\w*",
                "\\bdebit\\s+(?:ho gaya|ho gaye|hua|hue)\\b|\\bcredit\\s+(?:it\\s+)?back\\b",
                "\\bwapas\\s+(?:karo|kar do|kar dijiye|de do|dedo|chahiye|milenge|milega|aayega|kab)\\b",
                "\\bcompensat\\w*");

        // ---------------------------------------------------------------------------------------------- cancel
        String notAPromotion = "(?!\\s+(?:the\\s+|this\\s+|that\\s+|our\\s+|my\\s+|a\\s+)?(?:[\\w'-]+\\s+){0,3}" + SALE + "\\b)";
        add(cues, Intent.CANCEL_ORDER, STRONG,
                "\\bcancel" + notAPromotion + "\\s+(?:my|the|this|that|it|order|kar|karo|kar do|karna|karni|karwana|please|asap|both|"
                        + "everything|immediately|ho|hoga|ho sakta)\\b",
                "\\b(?:order|it)\\b[^.?!\\n]{0,25}\\bcancel\\s+(?:kar|karo|kar do|karna|karni|karwana|kar dijiye|ho sakta|hoga|chahiye)",
                "\\b(?:want|like|need|wish|please|can you|could you|can i|could i|how do i|how can i|to)\\b"
                        + "(?:(?!\\b(?:don't|do not|not|never|mat|nahi)\\b)[^.?!\\n]){0,15}\\bcancel"
                        + notAPromotion + "\\b",
                "\\bcancel(?:lation)?\\s+request\\b|\\btoo late to cancel\\b",
                "\\b(?:don't|do not|please don't)\\s+(?:send|ship|dispatch|deliver)\\b",
                "\\bmat\\s+(?:bhejna|bhejo|bhej|bhejiye|ship|dispatch)\\b|\\b(?:bhejna|ship|dispatch)\\s+mat\\b",
                "\\b(?:stop|halt|hold|block)\\s+(?:my|the|this|that)?\\s*(?:order|shipment|delivery|package|parcel|dispatch)\\b",
                "\\b(?:order|shipment|delivery|dispatch)\\s+(?:ko\\s+)?(?:rok|ruk|rokh)\\w*",
                "\\border\\s+(?:nahi|mat)\\s+chahiye\\b|\\b(?:void|abort|withdraw|revoke|scrap)\\s+(?:my|the|this)\\s+(?:order|purchase)\\b");
        add(cues, Intent.CANCEL_ORDER, KEYWORD,
                "\\bcancel" + notAPromotion + "\\b(?!\\s+(?:kiya|kiye|ki thi|ho gaya|ho gayi|ho chuka|hua|hui|kar diya|kar di|karwaya|karwa diya))"
                        + "|\\bcancellation\\b",
                "\\bbefore it (?:ships|is shipped|gets shipped|goes out|is dispatched|leaves|dispatches)\\b|\\bcall(?:ing)? (?:it )?off\\b",
                "\\b(?:no longer|don't|do not)\\s+(?:need|want)\\s+(?:it|this|the order|my order|these|them|this order)\\b(?!\\s+to\\b)");
        add(cues, Intent.CANCEL_ORDER, LEANING,
                "\\bcancel(?:l?ed)\\b",
                "\\bby mistake\\b|\\bgalti se\\b|\\baccidentally\\b|\\bordered (?:it )?twice\\b|\\bdo baar\\s+(?:place|order)",
                "\\b(?:ab|abhi)\\s+(?:zarurat|zaroorat|jarurat|jaroorat)\\s+nahi\\b|\\bchanged my mind\\b");

        // ---------------------------------------------------------------------------------------------- return
        String notMoney = "(?!\\s+(?:my\\s+|the\\s+)?(?:money|amount|payment|paise)\\b)";
        add(cues, Intent.RETURN_REQUEST, STRONG,
                "\\b(?:want|like|need|wish|planning|plan|would like|how (?:do|can) i|can i|could i|may i|possible to|i'd like|"
                        + "looking|allowed to|eligible to|help me)\\s+(?:to\\s+)?(?:return|send\\s+(?:[\\w'-]+\\s+){0,4}back)\\b",
                "\\breturn" + notMoney + "\\s+(?:karna|karni|karne|kar|karo|kar do|karwana|karunga|lena|le lo|chahiye|chahta|chahti|request|"
                        + "it|this|them|these|those|the|my|an?|both|label|pickup|process|form|window)\\b"
                        // "return pickup ho gaya tha": a return that happened is context, not a request
                        + "(?!\\s+(?:\\w+\\s+)?(?:ho gaya|ho gayi|ho chuka|hua|hui|done|was|has been|is done|completed|kiya|kiye))",
                "\\bsend\\s+(?:it|them|this|these|those|the\\s+\\w+(?:\\s+\\w+)?)\\s+back\\b|\\bship\\s+(?:it|them)\\s+back\\b",
                // "hoodie wapas karni hai" returns goods; "wapas karo" with nothing to send back is money ("paise wapas karo")
                "\\b(?<!paise |money |amount |payment |refund )wapas\\s+(?:karna|karni|karne|lena|le lo|lelo|le jao|"
                        + "le jaiye|bhejna|bhej|leni|le lijiye|karwana|karwa)\\b",
                "\\b(?:pick|pickup|pick up)\\s+(?:it|them|the item|this)\\s+back\\b",
                "\\bwapas\\s+(?:kaise|kaha|kahan|kab|kidhar)?\\s*(?:bheju|bhejun|bhejna|bheje|bhejein|karu|karun)\\b|\\bkaise\\s+(?:return|wapas)\\b",
                "\\b(?:give|hand)\\s+(?!(?:me\\s+)?(?:my\\s+|the\\s+)?(?:money|amount|payment|paise)\\b)(?:it\\s+|them\\s+|this\\s+|these\\s+|the\\s+[\\w-]+\\s+)?back\\b");
        add(cues, Intent.RETURN_REQUEST, KEYWORD,
                "\\breturn" + notMoney + "\\b|\\breturning\\b|\\bsend\\s+back\\b|\\bsend (?:it|them) back\\b");
        add(cues, Intent.RETURN_REQUEST, LEANING,
                "\\b(?:pickup|pick up|pick-up)\\b|\\breturn\\s+(?:label|policy|shipping)\\b|\\blable\\b|\\bstore credit\\b",
                "\\b(?:doesn't|does not|didn't|did not)\\s+fit\\b|\\btoo\\s+(?:small|big|large|tight|loose)\\b|\\bfitting\\b");

        // ----------------------------------------------------------------------------------------- replacement
        add(cues, Intent.REPLACEMENT_REQUEST, STRONG,
                "\\breplace\\s+(?:it|this|them|the|my|kar|karo|kar do|karna|karwana|karke|with)\\b",
                "\\b(?:want|like|need|prefer|request|send|ship|get|arrange|give|issue|expect|have)\\w*\\s+(?:me\\s+|us\\s+)?(?:a\\s+|an\\s+|the\\s+)?"
                        + "(?:\\w+\\s+)?replacements?\\b",
                "\\breplacements?\\s+(?:please|chahiye|bhej|de do|dedo|bhejo|order|unit|piece|for|instead)\\b",
                "\\bexchange\\s+(?:karna|karni|kar|karo|kar do|karwana|chahiye|for|it|this|them|please|the|my)\\b",
                "\\b(?:want|like|need|wish|prefer)\\s+(?:to\\s+)?(?:exchange|swap|replace)\\b",
                "\\b(?:send|ship|give|bhejo|bhej do)\\s+(?:me\\s+|us\\s+)?(?:a\\s+|an\\s+|the\\s+)?(?:new|another|right|correct|proper|working|"
                        + "missing|replacement|fresh|different|other)\\s+(?:one|piece|pair|unit|item|size|colou?r|\\w+)\\b",
                "\\b(?:need|want|like|send|get|give|ship)\\s+(?:me\\s+|us\\s+)?(?:a\\s+)?(?:new|another|fresh|working|different)\\s+(?:one|piece|unit|item|pair|set)\\b"
                        + "|\\bsend\\s+(?:me\\s+|us\\s+)?another\\b",
                "\\bre-?send\\b|\\bre-?ship\\b|\\bsend\\s+(?:it|them)\\s+again\\b",
                "\\b(?:\\d+|size|colou?r|[a-z]+ wala)\\s+(?:wala\\s+|size\\s+)?(?:bhej do|bhejo|bhejiye|bhej dijiye|bhejna)\\b",
                "\\b(?:colou?r|size|design)\\s+(?:me|mein|mai)\\s+(?:badal|badlo|change|exchange)\\w*|\\b(?:badal|badli)\\s+(?:kar\\s+)?(?:do|dijiye|karo)\\b",
                "\\bmissing\\b[^.?!\\n]{0,80}\\b(?:send|bhej)\\w*|\\b(?:send|bhej)\\w*\\b[^.?!\\n]{0,40}\\bmissing\\b",
                "\\b(?:want|need|like|prefer)\\s+(?:the|a)\\s+(?:\\w+\\s+){0,2}one\\s+instead\\b",
                "\\b(?:send|ship|bhej\\w*)\\s+(?:me\\s+|us\\s+)?(?:the|a)\\s+(?:[\\w-]+\\s+){0,2}one\\b(?!\\s+(?:more|back))",
                "\\b(?:dusra|naya|sahi|correct|right|new|missing|baaki|another|proper)\\s+(?:wala\\s+|waala\\s+|vala\\s+|piece\\s+|pc\\s+|one\\s+|"
                        + "item\\s+|size\\s+|colou?r\\s+|mug\\s+|\\w+\\s+)?(?:bhej|bhejo|bhej do|bhejiye|de do|dedo|send)\\b");
        add(cues, Intent.REPLACEMENT_REQUEST, KEYWORD,
                "\\breplace(?:ments?|d)?\\b|\\bexchange\\b|\\bswap\\b",
                "\\b(?:wo|woh|vo|usko|use)\\s+(?:bhej|bhejo|bhej do|bhejiye)\\b",
                "\\bwrong\\s+(?:item|size|colou?r|product|model|variant|one|thing|case|book|piece)\\b",
                "\\b(?:received|got|delivered|sent)\\b[^.?!\\n]{0,30}\\binstead of\\b",
                "\\b(?:bheja|bhej diya|bhej di|aaya|aa gaya|aayi)\\b[^\\n]{0,40}\\b(?:mangaya|mangayi|order kiya|order ki)\\b",
                "\\bordered\\b[^.?!\\n]{0,30}\\bbut\\s+(?:got|received|you sent|was sent)\\b|\\b(?:mangaya|order kiya)\\s+tha\\b[^.?!\\n]{0,30}\\b(?:aaya|bhej)",
                "\\bgalat\\s+(?:colou?r|size|item|product|saman|cheez|maal|piece|model)\\b");
        add(cues, Intent.REPLACEMENT_REQUEST, LEANING,
                "\\bmissing\\b|\\b(?:defective|faulty|broken|cracked|not working|doesn't work|stopped working|dead on arrival|"
                        + "kaam nahi kar|toota|tuta|tooti|kharab|crack)\\b");

        // ------------------------------------------------------------------------------------- address change
        String place = "(?:address|pata|pincode|pin code|pin|zip|zip code|zipcode|postcode|post code|postal code)";
        add(cues, Intent.ADDRESS_CHANGE, STRONG,
                "\\b(?:change|update|correct|modify|edit|fix|badal|badalna|badlo|badal do|amend|alter|replace)\\s+(?:the\\s+|my\\s+|our\\s+)?"
                        + "(?:(?:shipping|delivery|billing|ship-to|postal)\\s+)?" + place + "\\b",
                "\\b(?:address|pata|pincode|pin code|zip|zip code|postcode)\\s+(?:\\w+\\s+){0,3}(?:change|update|badal|badalna|galat|wrong|"
                        + "incorrect|sahi|correct|mistake|typo)\\w*",
                "\\b(?:new|naya|updated|correct|sahi|different|another|alternate|changed)\\s+(?:shipping\\s+|delivery\\s+)?(?:address|pata)\\b",
                "\\bwrong\\s+(?:shipping\\s+|delivery\\s+)?" + place + "\\b",
                "\\b(?:ship|send|deliver|redirect|reroute|forward|dispatch)\\w*\\s+(?:it\\s+|this\\s+|them\\s+|the\\s+(?:order|package|parcel)\\s+|"
                        + "my\\s+(?:order|package|parcel)\\s+|order\\s+(?:no\\.?\\s+|number\\s+|#)?[\\w-]+\\s+)?(?:to|at)\\s+(?:my\\s+|our\\s+|the\\s+)?"
                        + "(?:new|work|office|other|different|another|parents'?|mom'?s|friend'?s|sister'?s|brother'?s|this)\\b",
                "\\b(?:ghar|house|flat)\\s+(?:badal|shift)\\w*",
                "\\bchange\\s+where\\b|\\bdeliver(?:ed)?\\s+(?:it\\s+|this\\s+)?(?:somewhere|elsewhere)\\b",
                "\\b(?:typo|mistake|error|galti|wrong)\\s+(?:in|on|with)\\s+(?:my|the)\\s+(?:shipping\\s+|delivery\\s+)?(?:address|pincode|pin code|zip)\\b",
                "\\b(?:redirect|reroute|re-route|forward)\\w*\\s+(?:my|the|this|it|order|parcel|package)\\b",
                "\\b(?:missing|left out|forgot)\\b[^.?!\\n]{0,30}\\b(?:from|in|on)\\s+(?:my|the)\\s+(?:shipping\\s+|delivery\\s+)?address\\b",
                "\\bwrong\\s+(?:city|street|house number|flat number|building|state|apartment|floor|landmark)\\b"
                        + "|\\bshould\\s+(?:go|be delivered|be shipped|ship|be sent)\\s+to\\b",
                "\\b(?:galat|wrong|incorrect)\\b[^.?!\\n]{0,30}\\b(?:address|pata|pincode|pin code)\\s+(?:me|mein|mai|par|pe|on|in)\\b"
                        + "|\\b(?:address|pata)\\s+(?:me|mein|mai)\\b[^.?!\\n]{0,40}\\b(?:galat|sahi|wrong|update|change|badal)");
        add(cues, Intent.ADDRESS_CHANGE, KEYWORD,
                "\\b(?:go|be sent|be delivered|be shipped|ship|send|deliver)\\b[^.?!\\n]{0,80}\\binstead\\b",
                "\\b(?:i|we|i've|we've|i have|we have|i just|we just)\\s+(?:just\\s+)?(?:moved|relocated|shifted)\\b",
                "\\b(?:ship|send|deliver|redirect|forward|dispatch)\\w*\\s+(?:it|this|them|the order|my order|the package|the parcel|"
                        + "order\\s+(?:no\\.?\\s+|number\\s+|#)?[\\w-]+)?\\s*(?:to|at)\\s*:?\\s*(?:#\\s?)?\\d",
                "\\brelocat\\w*|\\bmoved\\s+(?:to|house|out|last|recently|apartments?|flats?)\\b|\\bshift(?:ed|ing)?\\s+(?:to|house|ho gaya|kar)\\b",
                "\\bki jagah\\b|\\b(?:deliver|send|ship)\\s+(?:it\\s+|order\\s+\\S+\\s+|my order\\s+)?there\\b");
        add(cues, Intent.ADDRESS_CHANGE, LEANING,
                "\\baddress\\b|\\bpata\\b|\\bship (?:it )?to\\b");

        // --------------------------------------------------------------------------------------- order status
        add(cues, Intent.ORDER_STATUS, STRONG,
                "\\bwhere(?:'s|\\s+is|\\s+are)?\\s+(?:is\\s+)?(?:my|the|our)\\s+(?:[\\w-]+\\s+){0,2}" + PARCEL + "\\b"
                        + "|\\bwhere(?:'s|\\s+is)\\s+(?:order|parcel|package|shipment|delivery)\\b",
                "\\b" + PARCEL + "\\b[^.?!\\n]{0,25}\\b(?:kab|kahan)\\b",
                "\\bkab\\s+(?:tak\\s+)?(?:aayega|aayegi|milega|milegi|pahunchega|pahunchegi|deliver|ship|dispatch|aa jayega|aa jaayega|aaye)\\w*",
                "\\bkahan\\s+(?:tak\\s+)?(?:pahuncha|hai|gaya|atka|ruka)\\b",
                "\\b(?:abhi tak|ab tak|still|yet to)\\b[^.?!\\n]{0,30}\\b(?:nahi|not|haven't|hasn't|didn't|no)\\b[^.?!\\n]{0,20}"
                        + "\\b(?:aaya|aayi|aaye|mila|mile|received|arrived|delivered|shipped|dispatched|come|got|gotten|reached|pahuncha|ship|dispatch|hua|hui)\\w*",
                "\\b(?:order|shipping|delivery|shipment)\\s+status\\b|\\bstatus\\s+(?:of|on|for|batao|bata do|kya|check|update)\\b"
                        + "|\\bkya\\s+status\\b|\\btrack\\s+(?:my|the|it|order|package|parcel)\\b|\\btracking\\s+(?:number|id|link|details|info|update)\\b",
                "\\b(?:has|have|did|is)\\s+(?:it|they|this|(?:my\\s+|the\\s+)?(?:order|parcel|package|shipment)(?:\\s+(?:no\\.?\\s*)?#?[\\w-]*\\d[\\w-]*)?)"
                        + "\\s+(?:been\\s+|already\\s+)?(?:shipped|left|dispatched|sent|on its way|gone out)\\b",
                "\\bwhen\\s+(?:will|would|does|do|can|is|should)\\s+(?:i\\s+(?:get|receive)|(?:it|my order|the order|the package|my package|this|"
                        + "my parcel|they|the \\w+|my \\w+)\\s+(?:arrive|ship|come|be delivered|be shipped|be dispatched|reach|get here|dispatch|go out))",
                "\\bwhen\\s+(?:can|will|should|do|would)\\s+i\\s+(?:expect|get|receive)\\b",
                "\\bwhen\\b[^.?!\\n]{0,40}\\b(?:will|would|is going to|it'll)\\s+(?:be\\s+)?(?:delivered|arrive|ship|shipped|dispatched|reach|"
                        + "come|go out|be here|get here)\\b",
                "\\bwhen\\s+(?:it|my order|the order|they|this|my package|my parcel)\\s+(?:ships|arrives|is delivered|gets delivered|"
                        + "is shipped|dispatches|is dispatched|reaches)\\b",
                "\\bwhat'?s\\s+(?:happening|going on|the update|the status|up)\\s+(?:with|on)\\s+(?:my|the|our)\\s+" + PARCEL + "\\b"
                        + "|\\b(?:news|update|updates|info|information)\\s+(?:on|about|regarding)\\s+(?:my|the|our)\\s+" + PARCEL + "\\b",
                "\\b(?:still|yet)\\s+not\\s+(?:here|there|arrived|delivered|received|shipped)\\b|\\bnot\\s+(?:here|arrived|delivered)\\s+yet\\b",
                "\\b(?:ship|dispatch|deliver|deliver[ey])\\w*\\s+(?:kyun|kyu|kab|nahi hua|nahi hui)\\b|\\bkyun\\s+nahi\\s+(?:hua|hui|aaya|aayi|mila|pahuncha)\\b",
                "\\b(?:delivery|order|parcel|package|shipment)\\s+(?:\\w+\\s+)?(?:late|delay\\w*)\\s+(?:kyun|kyu|why|hai)\\b"
                        + "|\\bwhy\\s+is\\s+(?:my|the)\\s+(?:order|delivery|parcel|package|shipment)\\s+(?:so\\s+)?(?:late|delayed|taking|stuck)\\b",
                "\\bhow long\\s+(?:until|till|before)\\b|\\bhow long\\b[^.?!\\n]{0,25}\\b(?:my|mera)\\s+(?:order|package|parcel|delivery)\\b",
                "\\b(?:kuch\\s+)?pata\\s+(?:chala|chalega|karo|karke|kijiye|kar ke)\\b|\\bkoi update\\b|\\bata pata\\b|\\b(?:koi|kuch)\\s+khabar\\b",
                "\\bwhen\\s+(?:is|are|will)\\s+(?:my|the|our)\\s+(?:[\\w-]+\\s+)?" + PARCEL + "\\s+(?:coming|arriving|getting here|due|shipping|"
                        + "going out|reaching|be here|come|arrive)\\b",
                "\\bdelivery\\s+attempted\\b|\\battempted\\s+delivery\\b|\\b(?:nobody|no one|no-one)\\s+(?:came|showed up|turned up)\\b",
                "\\bon (?:its|it's) way\\b|\\bin transit\\b[^.?!\\n]{0,40}\\b(?:still|since|for)\\b|\\b(?:still|since|for)\\b[^.?!\\n]{0,40}\\bin transit\\b");
        add(cues, Intent.ORDER_STATUS, KEYWORD,
                "(?<!pasand\\s)(?<!samajh\\s)(?<!yakeen\\s)\\b(?:not|never|haven't|hasn't|didn't|nahi|no)\\s+(?:yet\\s+)?(?:been\\s+)?(?:received|arrived|delivered|got|gotten|aaya|aayi|mila|mili|"
                        + "pahuncha|reached)\\b(?!\\s+(?:the|a|my)\\s+(?:right|correct|full))",
                "\\bnever\\s+(?:got|received|arrived|came|showed up)\\b|\\bnothing\\s+(?:at|has arrived|arrived|came)\\b",
                "\\b(?:going to|gonna|will (?:it|they|my order|the order))\\s+(?:arrive|be delivered|ship|reach|come)\\b",
                "\\bexpected\\s+(?:delivery|arrival|by|on)\\b|\\bsupposed to\\s+(?:arrive|come|be delivered|reach|ship)\\b|\\bwas due\\b",
                "\\bno\\s+(?:update|updates|news|tracking|information|info|movement)\\b",
                "\\bwhat'?s\\s+going\\s+on\\b|\\bwhere(?:'s|\\s+is)\\s+it\\b");
        add(cues, Intent.ORDER_STATUS, STRONG,
                "\\b(?:order|package|parcel|delivery|shipment)\\s+(?:is|was)\\s+(?:\\w+\\s+){0,3}(?:late|delayed|overdue)\\b|\\beta\\b",
                "\\b(?:still\\s+)?waiting\\s+(?:for|on)\\s+(?:my|the|our)\\s+(?:[\\w-]+\\s+)?" + PARCEL + "\\b",
                "\\b(?:is|was)\\s+(?:my|the)\\s+(?:order|parcel|package|delivery|shipment)\\s+(?:delayed|late|lost|stuck|coming|shipped|dispatched)\\b",
                "\\b(?:order|parcel|package|delivery|shipment)\\s+(?:no\\.?\\s*)?#?[\\w-]*\\d[\\w-]*\\s+(?:update|status)\\b",
                "\\bno\\s+(?:delivery|parcel|package|shipment|order)\\s+(?:yet|so far|till now|still)\\b|\\bno sign of\\b",
                "\\b(?:my|the)\\s+(?:order|parcel|package|delivery|shipment)\\s+(?:is|will be)\\s+(?:coming|arriving|shipping|delivered|reaching)\\b",
                "\\b(?:confirm|check|verify|know)\\w*\\s+(?:if\\s+|whether\\s+|that\\s+)?(?:my|the)\\s+(?:order|parcel|package|shipment)\\s+"
                        + "(?:was|has been|is|got|has)\\s+(?:shipped|dispatched|sent|delivered|left)\\b");
        add(cues, Intent.ORDER_STATUS, KEYWORD,
                "\\bstatus\\b|\\btracking\\b|\\btrack\\b",
                "\\b(?:says|shows|showing|marked(?: as)?|status is)\\s+(?:'|\")?(?:delivered|out for delivery)\\b",
                "\\bdispatch\\s+(?:hua|hui|ho gaya|kab)|\\bship\\s+(?:hua|hui|nahi hua)|\\bship(?:ped)?\\s+(?:yet|already)\\b",
                "\\bany update\\b|\\bupdate\\s+(?:on|please)\\b|\\bout for delivery\\b|\\bstuck\\b|\\blabel created\\b",
                "\\bdelivr\\s+hoga\\b|\\bdeliver\\s+(?:hoga|kab)\\b|\\bdelivery\\s+kab\\b");
        add(cues, Intent.ORDER_STATUS, LEANING,
                "\\bdelay(?:ed)?\\b|\\blate\\b|\\b(?:din|days|weeks|hafte)\\s+(?:ho gaye|ho gaya|now|already)\\b",
                "\\bshipping\\s+(?:confirmation|email|update)\\b|\\bcourier\\b");

        // ------------------------------------------------------------------------------------ discount request
        add(cues, Intent.DISCOUNT_REQUEST, STRONG,
                "\\b(?:any|koi|is there|are there|do you have|got any|can i get|could i get|can you give|could you give|give me|get a|"
                        + "offer me|is there any|do you offer|do you guys have|you have any|chance of)\\s+(?:a\\s+|an\\s+|any\\s+|kind of\\s+)?"
                        + "(?:[\\w'-]+\\s+){0,2}(?:discount|coupon|promo code|voucher|code|offer|deal|cashback|sale|promotion|promo)s?\\b",
                "\\b(?:any|koi)\\s+(?:special|better|best|bulk|wholesale|discounted|reduced)\\s+(?:price|rate|pricing|deal)\\b",
                "\\bwhen\\s+(?:is|will)\\s+(?:your|the)\\s+next\\s+(?:sale|offer|discount|deal)\\b|\\bnext\\s+sale\\s+(?:kab|when)\\b",
                "\\bdiscount\\s+(?:\\w+\\s+){0,2}(?:milega|mil sakta|mil sakti|mil jaye|mil jayega|de do|dedo|do na|chahiye|possible|"
                        + "available|for me|if i)\\b",
                "\\bprice\\s*match\\w*|\\bmatch\\s+(?:the\\s+|their\\s+|that\\s+|this\\s+|your\\s+)?(?:price|rate|offer|deal)|\\bmatch\\s+kar\\w*",
                "\\b(?:thoda|kuch)\\s+(?:kam|discount|less|sasta|adjust)\\b|\\bkam\\s+(?:karo|kar do|kar dijiye|kar sakte)\\s+(?:na|kya)\\b",
                "\\b(?:me|mein|mai)\\s+(?:doge|de doge|dedoge|de sakte|de skte|milega|mil jayega)\\b",
                "\\b(?:code|coupon|voucher)\\b[^.?!\\n]{0,40}\\b(?:not working|kaam nahi|invalid|isn't working|doesn't work|didn't work|"
                        + "nahi chal|nahi lag|expired|not applying|won't apply)\\b",
                "\\b(?:lower|reduce|kam)\\s+(?:the\\s+)?(?:price|rate)\\s+for\\s+me\\b|\\bcheaper\\s+(?:for me|price for me)\\b",
                "\\b(?:give|offer|get|do)\\s+(?:me\\s+|us\\s+)?(?:a\\s+)?(?:better|lower|cheaper|special|good|best|discounted|wholesale|bulk|reduced)\\s+"
                        + "(?:price|rate|deal|pricing)\\b",
                "\\b(?:can|could|will|would)\\s+you\\s+(?:price\\s+)?match\\b|\\bknock\\b[^.?!\\n]{0,30}\\boff\\b",
                "\\b(?:\\w+\\s+)?off\\s+if\\s+(?:i|we)\\s+(?:buy|take|order|get|purchase)\\b",
                "\\b(?:last|final|best|lowest)\\s+(?:price|rate)\\s+(?:kya|kitna|batao|bolo|what|please)\\b",
                "\\b\\d[\\d,]*\\s+(?:me|mein|ka|ki)?\\s*(?:kar do|de do|dedo)\\s+na\\b",
                "\\b(?:can|could|would|will)\\s+you\\s+(?:do|make it|let (?:it|me have it)\\s+(?:go\\s+)?(?:for|at))\\s+" + MONEYISH,
                "\\b(?:get|keep|honou?r|give me)\\s+(?:the\\s+)?(?:old|previous|earlier|original|sale|same|listed|advertised)\\s+price\\b",
                "\\b(?:can|could|would|will)\\s+you\\s+(?:offer|give|provide|apply|extend)\\s+(?:me\\s+|us\\s+)?(?:a\\s+|an\\s+|any\\s+|some\\s+)?"
                        + "(?:\\w+\\s+)?(?:discount|coupon|deal|price|concession)\\b",
                "\\b(?:rate|price|daam)\\s+(?:thoda\\s+)?(?:kam|less)\\s+(?:ho sakta|ho sakti|ho jayega|hoga|karoge|kar sakte|kar doge)\\b",
                "\\bcan\\s+(?:i|we)\\s+(?:get|have|buy)\\s+(?:it|them|this|these|one|each|all)?\\s*(?:at|for)\\s+" + MONEYISH,
                "\\bwaive\\w*\\s+(?:off\\s+)?(?:the\\s+|my\\s+)?(?:\\w+\\s+)?(?:charge|fee|cost)s?\\b|\\bthrow\\s+in\\s+(?:a\\s+|some\\s+)?(?:discount|freebie|free)",
                "\\bcheaper\\s+if\\s+(?:i|we)\\b|\\b(?:buy|order|purchase)\\w*\\s+in\\s+bulk\\b");
        add(cues, Intent.DISCOUNT_REQUEST, KEYWORD,
                "\\bdiscount\\w*|\\bcoupon\\w*|\\bvoucher\\b|\\bpromo code\\b",
                "\\b(?:best|last|final|lowest)\\s+price\\b|\\bbargain\\w*|\\bnegotiat\\w*|\\bmol[- ]?bhav\\b",
                "\\bbulk\\s+(?:discount|price|rate|order|pricing)\\b|\\bstudent\\s+(?:discount|hu|hoon|hun|hai)\\b",
                "\\bfirst[- ](?:time|order)\\s+(?:discount|buyer|customer|offer)\\b|\\bwholesale\\s+(?:price|rate)\\b",
                "\\b(?:better|lower|special|best)\\s+(?:price|rate|deal)\\b|\\bcheaper\\s+(?:on|at|elsewhere|in|from)\\b");
        add(cues, Intent.DISCOUNT_REQUEST, LEANING,
                "\\b(?:amazon|flipkart|myntra|meesho|ajio|nykaa|snapdeal|another (?:site|store|website)|other (?:sites?|stores?)|elsewhere|"
                        + "local (?:shop|store|market))\\b");
        add(cues, Intent.DISCOUNT_REQUEST, LEANING,
                "\\bcheaper\\b|\\btoo (?:expensive|costly|much)\\b|\\bbahut (?:zyada|jyada|mehenga|mehnga)\\b|\\bmehenga\\b");

        // ----------------------------------------------------------------------------------------- promotion
        add(cues, Intent.PROMO_CHANGE, STRONG,
                "\\b" + SALE_VERB + "(?:s|ing)?\\s+(?:a\\s+|an\\s+|the\\s+|our\\s+|this\\s+|that\\s+|all\\s+|new\\s+)?(?:[\\w'%-]+\\s+){0,4}"
                        + SALE + "\\b",
                "\\b" + SALE + "\\b[^.?!\\n]{0,40}\\b(?:start karo|start kar|chalu|band|hata|laga do|lagana|lagane|laga dena|shuru|"
                        + "khatam kar|end kar|stop kar|off kar|on kar|activate kar|live kar|create kar|bana do|bana|add kar|extend kar|chalao)\\w*",
                "\\b(?:we|i)\\s+(?:want|would like|need|plan|are planning|wish)\\s+to\\s+(?:offer|give|run|do|launch|start|put)\\b[^.?!\\n]{0,40}"
                        + "\\b(?:off|sale|discount|deal|offer|coupon|free shipping|cashback)\\b",
                "\\b\\d+(?:\\.\\d+)?\\s*(?:%|percent|pct)\\s+off\\s+(?:on\\s+|all\\s+|sitewide|storewide|everything|saare|sab|pe|par|for\\s+all|"
                        + "across|\\w+\\s+(?:pe|par))",
                "\\blet's\\s+(?:do|run|have|put)\\b[^.?!\\n]{0,60}\\b(?:sale|deal|offer|discount|off)\\b",
                "\\b(?:can|could|shall|should)\\s+we\\s+(?:have|run|do|put up|start|launch|get|give)\\b[^.?!\\n]{0,50}\\b(?:offer|sale|deal|promo|"
                        + "discount|coupon|off)\\b");
        add(cues, Intent.PROMO_CHANGE, KEYWORD,
                "\\b(?:flash|festive|festival|diwali|holi|summer|winter|monsoon|weekend|clearance|end of season|eos|black friday|"
                        + "cyber monday|republic day|independence day|eid|christmas|xmas|new year|mother's day|father's day|valentine'?s?|"
                        + "raksha bandhan|rakhi|navratri|dussehra|onam|pongal|boxing day|anniversary|launch|mega|seasonal|festive season)\\s+"
                        + "(?:day\\s+)?(?:sale|offer|deal|promo|discount|bonanza)",
                "\\bbuy\\s+(?:one|1|2|two|3|three)\\s+(?:[\\w-]+\\s+){0,3}get\\b|\\bbogo\\b|\\bb1g1\\b|\\bbuy-one-get-one\\b",
                "\\b(?:site|store)[- ]?wide\\b|\\bsale\\b|\\bpromo(?:tion)?s?\\b",
                "\\bflat\\s+(?:[$₹]\\s?)?\\d+\\s*%?\\s*off\\b");
        add(cues, Intent.PROMO_CHANGE, LEANING,
                "\\boffer\\b|\\bdeal\\b|\\bfree[- ]shipping\\b|\\bcampaign\\b");

        // -------------------------------------------------------------------------------------- price change
        add(cues, Intent.PRICE_CHANGE, STRONG,
                "\\b(?:change|update|set|make|revise|adjust|modify|correct|edit)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}" + PRICE + "\\b",
                "\\b" + PRICE + "\\s+(?:of\\s+\\S+\\s+|for\\s+\\S+\\s+)?(?:to|ko)\\s+[$₹€£]?\\s?\\d",
                "\\b" + PRICE + "\\b[^.?!\\n]{0,30}\\b(?:kar do|karo|rakh do|badha do|ghata do|kam kar do|kam karo|badha|ghata|increase|decrease|"
                        + "reduce|raise|lower|drop|hike|cut|revise|update|change)\\b",
                "\\b(?:drop|lower|raise|bump|reduce|increase|decrease|mark down|markdown|mark up|hike|cut|slash)\\b"
                        + "(?!\\s+(?:the\\s+|its\\s+)?(?:stock|inventory|qty|quantity|count)\\b)\\s+(?:the\\s+)?"
                        + "(?:price\\s+(?:of|for|on)\\s+)?[^.?!\\n]{0,40}?\\b(?:to|by|from|up|down)\\b\\s*[$₹€£]?\\s?\\d",
                "[₹$€£]?\\s?\\d[\\d,.]*\\s*(?:rs\\.?|rupees|/-)?\\s+se\\s+[₹$€£]?\\s?\\d[\\d,.]*\\s*(?:rs\\.?|rupees|/-)?\\s*(?:kar do|karo|kar)\\b");
        add(cues, Intent.PRICE_CHANGE, STRONG,
                "\\bnew\\s+(?:selling\\s+)?(?:price|rate|mrp|daam)\\b",
                "\\b(?:set|make|keep|list|sell)\\s+(?:it\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}(?:at|to|for)\\s+" + MONEYISH,
                "\\b" + PRICE + "\\s+(?:update|change|revision)\\s*[:\\-]",
                "\\b(?:price|rate|mrp)\\s+(?:correction|fix|error|mistake|galat)\\b",
                "\\bbring\\s+(?:[\\w-]+\\s+){0,4}(?:down|up)\\s+to\\b|\\b\\d+(?:\\.\\d+)?\\s*(?:%|percent)\\s+(?:lower|higher|less|more|cheaper|costlier)\\b",
                "\\b(?:make|keep)\\s+(?:it\\s+|them\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}" + MONEYISH);
        add(cues, Intent.PRICE_CHANGE, KEYWORD,
                "\\bshould be\\s+" + MONEYISH + "|\\b" + MONEYISH + "\\s*(?:hona chahiye|rakho|hoga)",
                "\\b" + PRICE + "\\s+(?:for|of)\\s+\\S+(?:\\s+\\S+)?\\s+(?:is|should be|hai|will be)\\b",
                "\\bfrom\\s+[$₹€£]?\\s?\\d[\\d,.]*\\s*(?:rs|inr|usd|eur)?\\s+to\\s+[$₹€£]?\\s?\\d",
                "\\b" + PRICE + "\\s+(?:increase|decrease|hike|cut|drop|change|update|revision)\\b");
        add(cues, Intent.PRICE_CHANGE, LEANING,
                "\\b" + PRICE + "\\b");

        // ---------------------------------------------------------------------------------- inventory update
        add(cues, Intent.INVENTORY_UPDATE, STRONG,
                "\\b(?:stock|inventory|qty|quantity)\\b[^.?!\\n]{0,30}\\b(?:to\\s+\\d|kar do|karo|update|set|should be|=\\s?\\d|is now|rakh do|"
                        + "add kar|badha do|correct|fix)",
                "\\b(?:set|update|change|correct|fix|adjust|increase|reduce|add|restock|replenish|refill)\\w*\\s+(?:the\\s+|its\\s+|our\\s+)?"
                        + "(?:[\\w-]+\\s+){0,3}(?:stock|inventory|quantity|qty|count)\\b",
                "\\b(?:mark|make|set|show|list)\\w*\\s+(?:\\S+\\s+){0,4}(?:as\\s+)?(?:out of stock|sold out|unavailable|in stock|available|inactive)\\b",
                "\\b(?:maal|stock|saman|samaan|inventory)\\s+(?:khatam|finish|over|nil|zero|0)\\b",
                "\\b\\d+\\s+(?:pcs|pieces|units|nos)\\s+(?:aur|more|extra|additional)\\b|\\b(?:aur|more|extra|additional)\\s+\\d+\\s+(?:pcs|pieces|units)\\b");
        add(cues, Intent.INVENTORY_UPDATE, KEYWORD,
                "\\bout of stock\\b|\\brestock\\w*|\\breplenish\\w*|\\binventory count\\b|\\boversell\\w*",
                "\\b(?:on the shelf|in the warehouse|in warehouse|godown|in hand)\\b|\\b(?:bache|bacha|bachi)\\s+hai\\b",
                "\\b\\d+\\s+(?:pcs|pieces|piece|units|nos|items)?\\s*(?:left|remaining)\\b",
                "\\bstock\\b|\\binventory\\b",
                "\\b(?:count|stock|inventory)\\s+(?:check|audit|count|take|mismatch)\\b|\\bphysical count\\b");
        add(cues, Intent.INVENTORY_UPDATE, LEANING,
                "\\bsold out\\b|\\bkhatam\\s+ho\\s+gaya\\b|\\bsold the last\\b|\\b(?:new|fresh)\\s+(?:batch|lot|consignment|shipment)\\b",
                "\\bsystem\\s+(?:says|shows|me|mein)\\b|\\b\\d+\\s+(?:units|pcs|pieces)\\b");

        // ----------------------------------------------------------------------------------- product create
        add(cues, Intent.PRODUCT_CREATE, STRONG,
                "\\b(?:new|naya|brand new)\\s+(?:product|item|listing|sku|arrival|saman|samaan)s?\\b(?!\\s+(?:is|was|has)\\b)",
                "\\b(?:site|website|store|app|shop)\\s+(?:pe|par|on)\\s+(?:daal|daalna|daal do|upload|list|add|live)\\w*",
                "\\b(?:add|create|list|upload|launch|daal do|daalna|bana do|put up|publish|set up)\\w*\\s+(?:a\\s+|an\\s+|this\\s+|ek\\s+|"
                        + "the following\\s+|these\\s+)?(?:new\\s+|naya\\s+)?(?:product|item|listing|sku)s?\\b",
                "\\b(?:product|item|listing)\\s+(?:bana do|create|daal do|daalna|add kar|list kar|upload kar|live kar)\\w*",
                "\\badd\\b[^.?!\\n]{0,60}\\bto\\s+(?:the\\s+|our\\s+|my\\s+)?(?:catalog|catalogue|store|shop|site|website|collection)\\b",
                "\\b(?:launch|launching|introduce|introducing|adding|add|listing|list)\\s+(?:a\\s+|an\\s+|our\\s+)?new\\s+"
                        + "(?!address|card|payment|phone|number|email|account|one\\b|order|size|colou?r|delivery|pin)[\\w-]+");
        add(cues, Intent.PRODUCT_CREATE, KEYWORD,
                "\\blist\\s+(?:this|it|the following|these|karo|kar do)\\b|\\bnew\\s+listing\\b|\\badd\\s*:\\s*\\S");
        add(cues, Intent.PRODUCT_CREATE, LEANING,
                "\\b(?:title|name|product name)\\s*:|\\bcategory\\b|\\bsku\\s*[:\\s]\\s*\\w|\\b(?:called|named)\\s+['\"]");

        // --------------------------------------------------------------------------------------------- other
        add(cues, Intent.OTHER, STRONG,
                "\\bnot a request\\b|\\bjust (?:wanted to (?:say|let you know|share)|feedback|a question|saying)\\b");
        add(cues, Intent.OTHER, STRONG,
                "\\b(?:what(?:'s| is)|whats|is there a|do you have a|tell me)\\s+(?:your\\s+|the\\s+)?(?:return|refund|exchange|cancellation|"
                        + "shipping|delivery|privacy|warranty)\\s+policy\\b",
                // a shopper asking about availability, not a seller setting stock
                "\\b(?:do you have|is (?:it|this|that|the [\\w-]+)|are (?:they|these|those))\\b[^.?!\\n]{0,30}\\bin stock\\b"
                        + "|\\bback in stock\\b|\\bwhen will\\b[^.?!\\n]{0,40}\\b(?:be restocked|be available|come back)\\b");
        add(cues, Intent.OTHER, KEYWORD,
                "\\bfeedback\\b|\\bsuggestion\\b",
                "\\b(?:seo|backlinks|reply yes|free audit|collaborat\\w*|partnership|influencer|sponsor\\w*|web design|lead generation|"
                        + "guest post|rank #?1|marketing services)\\b");
        add(cues, Intent.OTHER, LEANING,
                "\\b(?:thank you|thanks|thank u|shukriya|dhanyavaad|dhanyavad|love|loved|great|awesome|amazing|excellent|fantastic|"
                        + "perfect|mast|badhiya|superb|happy|acchi|accha)\\b",
                "\\b(?:do you|kya aap|aap log|aapke yahan|aapka store|does your store|can you)\\s+(?:\\w+\\s+){0,2}(?:sell|ship|deliver|have|"
                        + "offer|accept|dete|karte|hai|hota|stock)\\b",
                "\\b(?:cod|cash on delivery|warranty|guarantee|invoice|gst|bill|receipt|size chart|sizing|material|fabric|"
                        + "care instructions|pre-shrunk|shrink|made of|authentic|gift note|gift wrap|phone number|email address)\\b",
                "\\b(?:bekar|worst|terrible|horrible|pathetic|disappointed|bad experience|never again|nahi lunga|nahi lungi)\\b",
                "\\bkitne din\\b|\\bhow long (?:does|do|will)\\b|\\boffline\\b");
        return List.copyOf(cues);
    }

    private static void add(List<Cue> cues, Intent intent, double weight, String... regexes) {
        for (String regex : regexes) {
            cues.add(new Cue(intent, weight, pattern(regex)));
        }
    }

    private static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CASE);
    }
}
