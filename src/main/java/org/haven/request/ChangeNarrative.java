package org.haven.request;

import jakarta.validation.constraints.Size;

import org.haven.shared.privacy.Sensitive;

/** Body of {@code PUT /requests/{id}/narrative}. */
public record ChangeNarrative(@Sensitive @Size(max = 10000) String narrative) {

    @Override
    public String toString() {
        return "ChangeNarrative[<redacted>]";
    }
}
