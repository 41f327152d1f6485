package org.haven.console;

import java.util.List;
import java.util.UUID;

import org.haven.defender.DefenderFilter;
import org.haven.defender.DefenderService;
import org.haven.defender.DefenderStatus;
import org.haven.defender.DefenderView;
import org.haven.shared.paging.Page;
import org.haven.shared.paging.PageRequest;

/**
 * Choosing a defender instead of typing their id (linking one to an organisation, adding a participant): the
 * active defenders the reader may see whose pseudonym or reference contains what was typed, as the defender search
 * finds them ({@code DefenderService.listProfiles}, the same as {@code GET /defenders?q=}), at most one page of
 * them. Plain forms: a search (GET) and a choice among radio buttons (POST), no script.
 */
record DefenderPick(String action, String query, List<Option> options, String more, int textMaxLength) {

    /** One defender to choose: reference and pseudonym (never a legal name) and where they are now. */
    record Option(UUID id, String reference, String pseudonym, String country) {
    }

    /** At most this many choices on a page; the page asks for more of the name when there are more. */
    static final int SHOWN = PageRequest.DEFAULT_SIZE;

    /** The defenders found for {@code typed}; {@code action} is the path the search form asks again. */
    static DefenderPick find(String action, DefenderService defenders, String typed, DefenderChoices choices,
            ConsoleFormat format, GroupFormMessages m) {
        String query = typed == null || typed.isBlank() ? null : typed.strip();
        if (query != null && query.length() > DefenderFilter.TEXT_MAX_LENGTH) {
            query = query.substring(0, DefenderFilter.TEXT_MAX_LENGTH);
        }
        Page<DefenderView> found = defenders.listProfiles(
                new DefenderFilter(null, null, null, DefenderStatus.ACTIVE, query), null, new PageRequest(0, SHOWN));
        List<Option> options = found.items().stream().map(d -> new Option(d.id(), d.reference(), d.pseudonym(),
                choices.country(d.currentCountry()))).toList();
        String more = found.totalItems() > options.size()
                ? m.pick_more(format.number(options.size()), format.number(found.totalItems()))
                : null;
        return new DefenderPick(action, query, options, more, DefenderFilter.TEXT_MAX_LENGTH);
    }
}
