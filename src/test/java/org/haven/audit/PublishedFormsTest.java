package org.haven.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.security.Roles;
import org.junit.jupiter.api.Test;

/** What the API document promises about audit values stays true as the code changes. */
class PublishedFormsTest {

    @Test
    void theDocumentedRoleNamesAreTheRolesHavenRecords() {
        Schema schema = AuditEntryView.RoleName.class.getAnnotation(Schema.class);
        assertEquals(Roles.ALL, Arrays.asList(schema.enumeration()));
        assertEquals(Roles.ALL.size(), AuditEntryView.RoleName.COUNT);
    }

    @Test
    void everyEntityTypeInUseHasThePublishedForm() {
        for (String type : List.of("defender", "request", "fund", "grant", "follow-up", "export", "kek")) {
            assertTrue(type.matches(AuditLog.ENTITY_TYPE_PATTERN), type);
        }
    }

    @Test
    void verificationProblemsAreShortFixedSentences() {
        String tooLong = "x".repeat(ChainVerification.PROBLEM_MAX_LENGTH + 1);
        assertThrows(IllegalArgumentException.class,
                () -> ChainVerification.broken(1, 1, AuditHash.GENESIS, 1, tooLong));
    }

    @Test
    void entryTimesHaveTheDateTimeFormWithinThePublishedLength() {
        String time = AuditHash.time(Instant.parse("9999-12-31T23:59:59.999999999Z"));
        assertEquals("9999-12-31T23:59:59.999999Z", time);
        assertEquals(time, Instant.parse(time).toString());
    }
}
