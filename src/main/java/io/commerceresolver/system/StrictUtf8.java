package io.commerceresolver.system;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes read as UTF-8 text the strict way: a byte that is not UTF-8 makes the whole text unreadable instead of being
 * replaced, so that what is stored or verified is exactly what was sent. Each caller says in its own words why.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** The text, or empty when the bytes are not UTF-8. */
    public static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
