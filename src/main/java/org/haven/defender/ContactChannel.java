package org.haven.defender;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One secure contact channel. Its value is sensitive: toString never prints it. */
public record ContactChannel(@NotNull ContactChannelType channel, @NotBlank @Size(max = 200) String value) {

    @Override
    public String toString() {
        return "ContactChannel[channel=" + channel + ", value=<redacted>]";
    }
}
