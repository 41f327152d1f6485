package org.haven.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Random;

import org.haven.audit.AuditHash;
import org.junit.jupiter.api.Test;

/** The CSV export writes times itself; they must read exactly as in the audit hash. */
class ExportTimesTest {

    @Test
    void timesReadAsTheAuditHashWritesThem() {
        for (String time : new String[] { "2026-12-06T12:11:04Z", "2001-01-01T00:00:00.000001Z",
                "1999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z",
                "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z", "2024-02-29T10:20:30.123456789Z" }) {
            Instant instant = Instant.parse(time);
            assertEquals(AuditHash.time(instant), ExportTimes.utcMicros(instant), time);
        }
    }

    @Test
    void randomTimesReadAsTheAuditHashWritesThem() {
        Random random = new Random(20);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L),
                    random.nextInt(1_000_000_000));
            assertEquals(AuditHash.time(instant), ExportTimes.utcMicros(instant), instant.toString());
        }
    }

    @Test
    void yearsBeyondFourDigitsAreLeftToTheFormatter() {
        Instant far = Instant.parse("+12026-01-01T00:00:00Z");
        assertEquals(AuditHash.time(far), ExportTimes.utcMicros(far));
    }
}
