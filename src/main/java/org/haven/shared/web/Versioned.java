package org.haven.shared.web;

/**
 * A view of a record that carries its version: {@link ETagFilter} sends it as the strong ETag, so no
 * resource sets ETag headers itself.
 */
public interface Versioned {

    long version();
}
