package io.commerceresolver.receipt.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The chain verifier's pages are kept to a size in characters, so a run of 3 MB changeset receipts does not fill the heap. */
class ReceiptStoreDatabaseTest {

    private static final int LIMIT = ReceiptStoreDatabase.PAGE_CHARACTERS > Integer.MAX_VALUE ? Integer.MAX_VALUE
            : (int) ReceiptStoreDatabase.PAGE_CHARACTERS;

    private final ReceiptMapper mapper = mock(ReceiptMapper.class);
    private final ReceiptStoreDatabase store = new ReceiptStoreDatabase(mapper, null);

    @Test
    void aPageEndsBeforeTheBodyThatWouldTakeItPastItsSize() {
        when(mapper.extents("t", 10, 1000)).thenReturn(List.of(new ReceiptMapper.Extent(11, LIMIT / 2), new ReceiptMapper.Extent(12, LIMIT / 2),
                new ReceiptMapper.Extent(13, 2), new ReceiptMapper.Extent(14, 2)));

        store.page("t", 10, 1000);

        verify(mapper).links("t", 10, 12);
    }

    @Test
    void aBodyLargerThanAPageIsAPageOfItsOwn() {
        when(mapper.extents("t", 0, 1000)).thenReturn(List.of(new ReceiptMapper.Extent(1, LIMIT + 1), new ReceiptMapper.Extent(2, 1)));
        when(mapper.extents("t", 1, 1000)).thenReturn(List.of());

        store.page("t", 0, 1000);

        verify(mapper).links("t", 0, 1);
        assertThat(store.page("t", 1, 1000)).isEmpty();
    }
}
