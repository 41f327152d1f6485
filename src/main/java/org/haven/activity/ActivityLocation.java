package org.haven.activity;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.privacy.Sensitive;

/**
 * Where an activity takes place: sensitive, since it says where defenders at risk will be. Read and
 * replaced only through {@code /activities/{id}/sensitive}. toString never prints it.
 */
public record ActivityLocation(@Sensitive @Size(max = MAX_LENGTH) @Schema(nullable = true) String location) {

    static final int MAX_LENGTH = 500;

    @Override
    public String toString() {
        return "ActivityLocation[<redacted>]";
    }
}
