package org.haven.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.haven.defender.DefenderFilter;
import org.haven.defender.DefenderView;
import org.haven.shared.paging.Page;

/**
 * The defender search page's content, in the reader's language: the search form as filled in, and one
 * page of results as the registry returned them (pseudonymous: pseudonym and reference, never a legal
 * name), with links to the previous and next page that keep the search.
 */
public record DefenderSearch(ConsoleForm form, DefenderChoices choices, boolean canRegister, boolean searched,
        String count, String pageLabel, String previous, String next, List<Row> rows) {

    public record Row(UUID id, String reference, String pseudonym, String risk, String country, String registered,
            String registeredIso) {
    }

    /** For the search input's maxlength: the longest text the registry searches for. */
    public int textMaxLength() {
        return DefenderFilter.TEXT_MAX_LENGTH;
    }

    /** The form with its problems, and no result (the search was not run). */
    static DefenderSearch refused(ConsoleForm form, DefenderChoices choices, boolean canRegister) {
        return new DefenderSearch(form, choices, canRegister, false, null, null, null, null, List.of());
    }

    static DefenderSearch of(ConsoleForm form, DefenderChoices choices, boolean canRegister, Page<DefenderView> page,
            ConsoleFormat format) {
        DefenderMessages msg = choices.messages();
        List<Row> rows = page.items().stream().map(d -> new Row(d.id(), d.reference(), d.pseudonym(),
                choices.risk(d.riskLevel()), choices.country(d.currentCountry()), format.dateTime(d.registeredAt()),
                d.registeredAt().toString())).toList();
        String pageLabel = page.totalPages() > 1
                ? msg.paging_page(format.number(page.page() + 1L), format.number(page.totalPages()))
                : null;
        String previous = page.page() > 0 ? link(form, page.page() - 1) : null;
        String next = page.page() + 1L < page.totalPages() ? link(form, page.page() + 1) : null;
        return new DefenderSearch(form, choices, canRegister, true, msg.results_count(format.number(page.totalItems())),
                pageLabel, previous, next, rows);
    }

    /** The same search, another page. */
    private static String link(ConsoleForm form, int pageIndex) {
        StringBuilder link = new StringBuilder("/console/defenders?");
        for (String field : List.of("q", "riskLevel", "status")) {
            String value = form.value(field);
            if (value != null) {
                link.append(field).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        }
        return link.append("page=").append(pageIndex).toString();
    }
}
