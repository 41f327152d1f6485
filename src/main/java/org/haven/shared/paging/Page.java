package org.haven.shared.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of results with the total count of matching items. The bounds published in the API
 * hold by construction: a page comes from a {@link PageRequest} and never holds more than its size.
 */
public record Page<T>(
        @Schema(maxItems = PageRequest.MAX_SIZE) List<T> items,
        @Schema(minimum = "0", maximum = "" + PageRequest.MAX_PAGE) int page,
        @Schema(minimum = "1", maximum = "" + PageRequest.MAX_SIZE) int size,
        @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long totalItems,
        @Schema(minimum = "0", maximum = "" + Long.MAX_VALUE) long totalPages) {

    public Page {
        if (page < 0 || page > PageRequest.MAX_PAGE || size < 1 || size > PageRequest.MAX_SIZE
                || items.size() > size || totalItems < 0 || totalPages < 0) {
            throw new IllegalArgumentException("page out of range");
        }
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        long pages = totalItems == 0 ? 0 : (totalItems + request.size() - 1) / request.size();
        return new Page<>(items, request.page(), request.size(), totalItems, pages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
