package org.haven.protection;

import org.haven.shared.error.Refusal;

/**
 * The defender's data key was destroyed (crypto-shredding): their sealed values can no longer be
 * opened, and nothing new is sealed for them. Answered as 410 {@code data-erased} if it reaches
 * the API; a feature that shows erased records may catch it instead.
 */
public class DataErasedException extends Refusal {

    /** How operations that open or seal protected details document this answer. */
    public static final String API_DESCRIPTION = "The defender's protected details were erased (data-erased)";

    public DataErasedException() {
        super(Kind.GONE, "data-erased",
                "The protected details of this defender were erased and can no longer be read or written.",
                java.util.List.of());
    }
}
