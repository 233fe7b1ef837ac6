package io.commerceresolver.intent.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.commerceresolver.intent.TicketLanguage;
import io.commerceresolver.intent.TicketText;

/** The language a ticket is handed over by: Hindi either way it is written, the rest by the detector's profiles. */
class TicketLanguageTest {

    private static final TicketLanguage LANGUAGE = new TicketLanguage(new OptimaizeLanguageDetector());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | The mug in order #1001 arrived broken. Please refund the money to my card.
            en | Where is my order 1004? It was supposed to arrive last week and the tracking has not moved.
            en | The mug I ordered arrived broken, please refund me
            hi | Bhai order 1001 ka mug toota hua aaya hai, paise wapas kar do please
            hi | Mera order abhi tak nahi aaya, kya hua hai? Jaldi batao
            hi | मेरा ऑर्डर 1009 अभी तक नहीं आया है, कृपया पैसे वापस कर दीजिए
            mr | माझी ऑर्डर 1009 अजून आलेली नाही, कृपया माझे पैसे परत करा आणि मला लवकर कळवा
            fr | Bonjour, ma commande 1001 est arrivée cassée. Pouvez-vous me rembourser, s'il vous plaît ?
            es | Hola, mi pedido 1001 llegó roto. ¿Me pueden devolver el dinero, por favor?
            de | Hallo, meine Bestellung 1001 ist kaputt angekommen. Können Sie mir bitte das Geld zurückerstatten?
            pt | Olá, a minha encomenda 1001 chegou partida. Podem devolver-me o dinheiro, por favor?
            """)
    void tellsTheLanguageATicketIsWrittenIn(String language, String text) {
        assertThat(LANGUAGE.of(new TicketText("t", null, text))).isEqualTo(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "1001", "$49.99 #1001 ??"})
    void aTicketWithNoWordsToTellByIsUndetermined(String text) {
        assertThat(LANGUAGE.of(new TicketText("t", null, text))).isEqualTo(TicketLanguage.UNDETERMINED);
    }

    /** Order numbers and shop words read as Danish or Spanish to n-gram profiles: better no language than a wrong one. */
    @ParameterizedTest
    @ValueSource(strings = {"Order 1002 arrived damaged, please refund $250.00", "Refund $250 for order 1002", "cancel order 1003",
            "KURTA-LIN-IND-M price to $49", "Where is my order #1004?"})
    void aShortEnglishTicketIsNeverTakenForAnotherLanguage(String text) {
        assertThat(LANGUAGE.of(new TicketText("t", null, text))).isIn("en", TicketLanguage.UNDETERMINED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I ordered the Kurta in size M, it is a bit tight. Can I exchange it for L?",
            "Par for the course, I guess: the parcel came late again. Please tell me where order 1004 is."})
    void anEnglishTicketWithAHindiLoanWordOrTwoIsStillEnglish(String text) {
        assertThat(LANGUAGE.of(new TicketText("t", null, text))).isEqualTo("en");
    }
}
