package org.haven.console;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.haven.fund.FundStatus;
import org.haven.request.RequestStatus;
import org.haven.request.Urgency;
import org.haven.shared.money.Money;
import org.haven.stats.CaseloadOverview;

/**
 * The overview page from the figures of {@code GET /stats} ({@link CaseloadOverview}): each picture as a
 * {@link BarChart} and the same numbers as table rows, all written in the reader's language. No figure is
 * computed here beyond a share of two counts of the service.
 */
final class Overview {

    /** The open statuses of {@link CaseloadOverview.OpenRequests}, in workflow order. */
    static final List<RequestStatus> OPEN = List.of(RequestStatus.RECEIVED, RequestStatus.IN_ASSESSMENT,
            RequestStatus.SUPPORTED);
    /** At most this many funds are drawn; the table lists every active fund. */
    static final int FUNDS_DRAWN = 20;

    /** A row of the status-by-urgency table: a count per urgency, in {@link Urgency} order, and the total. */
    public record StatusRow(String status, List<String> counts, String total) {
    }

    public record WeekRow(String week, String decided, String within, String share) {
    }

    public record CountRow(String label, String count) {
    }

    public record FundRow(String name, String budget, String committed, String disbursed, String available,
            String share) {
    }

    public record Page(String asOf, List<String> urgencies, BarChart byStatus, BarChart byUrgency,
            List<StatusRow> statusRows, StatusRow totals, String deadlines, BarChart trend, List<WeekRow> weeks,
            BarChart late, List<CountRow> lateRows, BarChart money, List<FundRow> funds, String moneyMore) {
    }

    private Overview() {
    }

    static Page of(CaseloadOverview o, ConsoleFormat format, FundMessages m) {
        ConsoleMessages msg = format.messages();
        boolean rtl = format.language().rightToLeft();
        long[][] counts = new long[OPEN.size()][Urgency.values().length];
        for (CaseloadOverview.OpenRequests group : o.openRequests()) {
            counts[OPEN.indexOf(RequestStatus.valueOf(group.status()))][Urgency.valueOf(group.urgency()).ordinal()] +=
                    group.count();
        }
        List<StatusRow> statusRows = new ArrayList<>();
        List<BarChart.Entry> byStatus = new ArrayList<>();
        long[] perUrgency = new long[Urgency.values().length];
        for (RequestStatus status : OPEN) {
            long[] row = counts[OPEN.indexOf(status)];
            long total = 0;
            List<String> cells = new ArrayList<>();
            for (Urgency urgency : Urgency.values()) {
                total += row[urgency.ordinal()];
                perUrgency[urgency.ordinal()] += row[urgency.ordinal()];
                cells.add(format.number(row[urgency.ordinal()]));
            }
            String label = Caseload.status(status, msg);
            statusRows.add(new StatusRow(label, cells, format.number(total)));
            byStatus.add(BarChart.Entry.count(label, format.number(total), total));
        }
        List<BarChart.Entry> byUrgency = new ArrayList<>();
        List<String> urgencies = new ArrayList<>();
        List<String> urgencyTotals = new ArrayList<>();
        long all = 0;
        for (Urgency urgency : Urgency.values()) {
            long n = perUrgency[urgency.ordinal()];
            all += n;
            urgencies.add(Caseload.urgency(urgency, msg));
            urgencyTotals.add(format.number(n));
            byUrgency.add(BarChart.Entry.count(Caseload.urgency(urgency, msg), format.number(n), n));
        }

        CaseloadOverview.DeadlinesKept kept = o.decisionsWithinDeadline();
        String deadlines = kept.decided() == 0 ? m.deadlines_none()
                : m.deadlines_share(percent(kept.withinDeadline(), kept.decided(), format),
                        format.number(kept.decided()), format.number(kept.withinDeadline()));
        List<WeekRow> weeks = new ArrayList<>();
        List<BarChart.Entry> trend = new ArrayList<>();
        for (CaseloadOverview.DecisionWeek week : kept.weeks()) {
            String date = GrantPageForms.date(week.weekStart(), format.language());
            String share = week.decided() == 0 ? "" : percent(week.withinDeadline(), week.decided(), format);
            weeks.add(new WeekRow(date, format.number(week.decided()), format.number(week.withinDeadline()), share));
            trend.add(BarChart.Entry.meter(m.week_of(date), week.decided() == 0 ? m.week_none()
                    : m.week_value(share, format.number(week.withinDeadline()), format.number(week.decided())),
                    week.decided(), new BarChart.Layer(week.withinDeadline(), "bar")));
        }

        List<CountRow> lateRows = List.of(
                new CountRow(m.late_requests(), format.number(o.requestsPastDeadline())),
                new CountRow(m.late_follow_ups(), format.number(o.overdueFollowUps())),
                new CountRow(m.missed_follow_ups(), format.number(o.missedFollowUps())));
        List<BarChart.Entry> late = List.of(
                BarChart.Entry.count(m.late_requests(), lateRows.get(0).count(), o.requestsPastDeadline()),
                BarChart.Entry.count(m.late_follow_ups(), lateRows.get(1).count(), o.overdueFollowUps()),
                BarChart.Entry.count(m.missed_follow_ups(), lateRows.get(2).count(), o.missedFollowUps()));

        List<FundRow> funds = new ArrayList<>();
        List<BarChart.Entry> money = new ArrayList<>();
        for (CaseloadOverview.FundUtilisation f : o.funds()) {
            if (!FundStatus.ACTIVE.name().equals(f.status())) {
                continue;
            }
            String share = m.committed_share(percent(f.utilisationPercent(), format));
            funds.add(new FundRow(f.name(), money(f.totalBudget(), f.currency(), format),
                    money(f.committed(), f.currency(), format), money(f.disbursed(), f.currency(), format),
                    money(f.available(), f.currency(), format), percent(f.utilisationPercent(), format)));
            if (money.size() < FUNDS_DRAWN) {
                money.add(BarChart.Entry.meter(f.name(), share, f.totalBudget().doubleValue(),
                        new BarChart.Layer(f.committed().doubleValue(), "committed"),
                        new BarChart.Layer(f.disbursed().doubleValue(), "disbursed")));
            }
        }
        String moneyMore = funds.size() > money.size()
                ? m.money_more(format.number(money.size()), format.number(funds.size())) : null;

        return new Page(m.as_of(format.dateTime(o.computedAt())), urgencies,
                BarChart.of("chart-status", m.by_status_title(), m.by_status_desc(), rtl, byStatus),
                BarChart.of("chart-urgency", m.by_urgency_title(), m.by_urgency_desc(), rtl, byUrgency),
                statusRows, new StatusRow(m.total(), urgencyTotals, format.number(all)), deadlines,
                BarChart.of("chart-trend", m.trend_title(), m.trend_desc(), rtl, trend), weeks,
                BarChart.of("chart-late", m.late_chart_title(), m.late_desc(), rtl, late), lateRows,
                BarChart.of("chart-money", m.money_chart_title(), m.money_desc(), rtl, money), funds, moneyMore);
    }

    /** The period of the decision figures as the API takes it: [from, to), days in UTC, the last 90 by default. */
    static Instant[] period(java.time.LocalDate from, java.time.LocalDate to, Instant now) {
        Instant end = to == null ? now : to.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Instant start = from == null ? end.minus(java.time.Duration.ofDays(90))
                : from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return new Instant[] { start, end };
    }

    private static String money(BigDecimal amount, String currency, ConsoleFormat format) {
        return format.money(new Money(amount, currency));
    }

    private static String percent(long part, long whole, ConsoleFormat format) {
        return percent(BigDecimal.valueOf(part * 100.0 / whole), format);
    }

    private static String percent(BigDecimal percent, ConsoleFormat format) {
        NumberFormat percents = NumberFormat.getPercentInstance(format.language().formats);
        percents.setMaximumFractionDigits(0);
        return percents.format(percent.doubleValue() / 100);
    }
}
