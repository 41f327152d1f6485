package org.haven.shared.paging;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total count of matching items. */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public Page {
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
