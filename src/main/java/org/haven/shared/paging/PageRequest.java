package org.haven.shared.paging;

/** A page of a list: zero-based page index and page size (bounded so no list is unbounded). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The highest page index a caller may ask for (what {@code Params.page} accepts). */
    public static final int MAX_PAGE = 1_000_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page out of range");
        }
    }

    public int offset() {
        return page * size;
    }
}
