package org.haven.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.haven.shared.error.Refusal;
import org.junit.jupiter.api.Test;

class ReportRequestTest {

    private static final Quarter NOW = new Quarter(2026, 3);

    @Test
    void absentValuesTakeTheDefaults() {
        ReportRequest r = ReportRequest.of(null, null, null, null, null, NOW);
        assertEquals(new Quarter(2026, 1), r.from());
        assertEquals(NOW, r.to());
        assertEquals(ReportPopulation.SUPPORTED, r.population());
        assertEquals(ReportDimension.COUNTRY_OF_EXILE, r.rows());
        assertEquals(ReportDimension.GENDER, r.columns());
        assertEquals("from=2026-Q1&to=2026-Q3&population=SUPPORTED&rows=COUNTRY_OF_EXILE&columns=GENDER",
                r.canonical());
    }

    @Test
    void aDefaultNeverEqualsTheOtherDimension() {
        assertEquals(ReportDimension.GENDER,
                ReportRequest.of(null, null, null, null, ReportDimension.COUNTRY_OF_EXILE, NOW).rows());
        assertEquals(ReportDimension.COUNTRY_OF_EXILE,
                ReportRequest.of(null, null, null, ReportDimension.GENDER, null, NOW).columns());
    }

    @Test
    void aPeriodBackwardsTooLongOrOneDimensionTwiceIsRefusedNamingTheParameter() {
        assertEquals("from", assertThrows(Refusal.class, () -> ReportRequest.of(new Quarter(2026, 3),
                new Quarter(2026, 2), null, null, null, NOW)).errors().get(0).field());
        assertEquals("to", assertThrows(Refusal.class, () -> ReportRequest.of(new Quarter(2021, 2),
                new Quarter(2026, 2), null, null, null, NOW)).errors().get(0).field());
        assertEquals(20, new Quarter(2021, 3).through(new Quarter(2026, 2)).size(), "twenty quarters are allowed");
        ReportRequest.of(new Quarter(2021, 3), new Quarter(2026, 2), null, null, null, NOW);
        assertEquals("columns", assertThrows(Refusal.class, () -> ReportRequest.of(null, null, null,
                ReportDimension.OUTCOME, ReportDimension.OUTCOME, NOW)).errors().get(0).field());
    }

    @Test
    void quartersParseAndCountInUtcCalendarQuarters() {
        assertEquals(new Quarter(2026, 4), Quarter.parse("2026-Q4"));
        assertNull(Quarter.parse("2026-Q5"));
        assertNull(Quarter.parse("2026Q1"));
        assertEquals(new Quarter(2026, 2), Quarter.of(LocalDate.of(2026, 6, 30)));
        assertEquals(new Quarter(2027, 1), new Quarter(2026, 4).plus(1));
        assertEquals(LocalDate.of(2026, 10, 1), new Quarter(2026, 4).firstDay());
    }
}
