package org.haven.shared.web;

import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * Names the key that Jackson's strict duplicate detection refused ({@code totalBudget.currency},
 * {@code contacts[1].channel}), read from the parser's position rather than from the exception's
 * message, which is not an API.
 */
final class JsonDuplicates {

    private JsonDuplicates() {
    }

    /** The path of the repeated key, or null if the failure is not a repeated key. */
    static String fieldOf(JsonParseException e) {
        JsonParser parser = e == null ? null : e.getProcessor();
        if (parser == null || e.getOriginalMessage() == null || !e.getOriginalMessage().startsWith("Duplicate field ")) {
            return null;
        }
        Deque<JsonStreamContext> contexts = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            contexts.push(context);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context : contexts) {
            if (context.inArray()) {
                path.append('[').append(Math.max(context.getCurrentIndex(), 0)).append(']');
            } else if (context.getCurrentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(context.getCurrentName());
            }
        }
        return path.toString();
    }
}
