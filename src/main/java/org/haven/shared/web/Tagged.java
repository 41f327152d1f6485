package org.haven.shared.web;

/**
 * A body whose ETag is the version of a record it does not show (the sensitive reads of defenders and
 * requests carry the record's version). {@link ETagFilter} sends the body alone, with the ETag.
 */
public record Tagged(Object body, long version) {
}
