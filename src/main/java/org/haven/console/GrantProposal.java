package org.haven.console;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.haven.fund.FundView;

/**
 * The "propose a grant" form's choices, in the reader's language: the funds open for proposals with
 * what each has available, the fixed rows of optional tranches, and the currency to suggest (the funds'
 * one when they all share it).
 */
public record GrantProposal(List<FundOption> funds, List<TrancheRow> tranches, String suggestedCurrency) {

    /** How many tranche rows the form offers (the API takes up to 12; the console keeps it simple). */
    static final int TRANCHE_ROWS = 3;

    public record FundOption(String id, String label, String currency) {
    }

    /** A tranche row's field paths, as ProposeGrant names them, and its number as shown (1-based). */
    public record TrancheRow(int index, String number, String amountField, String dateField) {
    }

    static GrantProposal of(List<FundView> open, ConsoleFormat format, GrantMessages m) {
        List<FundOption> funds = open.stream().map(f -> new FundOption(f.id().toString(),
                m.fund_option(f.name(), format.money(f.available())), f.currency())).toList();
        List<String> currencies = funds.stream().map(FundOption::currency).distinct().toList();
        List<TrancheRow> rows = IntStream.range(0, TRANCHE_ROWS).mapToObj(i -> new TrancheRow(i, format.number(i + 1),
                "plannedTranches[" + i + "].amount.amount", "plannedTranches[" + i + "].plannedOn")).toList();
        return new GrantProposal(funds, rows, currencies.size() == 1 ? currencies.get(0) : null);
    }

    /** The currency of a listed fund, for a proposal that left the currency to the fund. */
    String currencyOf(UUID fundId) {
        return fundId == null ? null : funds.stream().filter(f -> f.id().equals(fundId.toString()))
                .map(FundOption::currency).findFirst().orElse(null);
    }
}
