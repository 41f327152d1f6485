package org.haven.shared.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The bounds the API publishes for every page hold by construction. */
class PageTest {

    @Test
    void aPageNeverHoldsMoreItemsThanItsSize() {
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(1, 2, 3), 0, 2, 3, 2));
        assertEquals(2, new Page<>(List.of(1, 2), 0, 2, 3, 2).items().size());
    }

    @Test
    void pageAndSizeStayWithinThePublishedRange() {
        assertEquals(PageRequest.MAX_PAGE, new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE).page());
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(PageRequest.MAX_PAGE + 1, 20));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, PageRequest.MAX_SIZE + 1));
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), -1, 20, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), 0, 20, -1, 0));
    }
}
