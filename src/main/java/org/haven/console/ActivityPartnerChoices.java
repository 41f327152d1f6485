package org.haven.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.activity.ActivityType;
import org.haven.organisation.OrganisationFilter;
import org.haven.organisation.OrganisationService;
import org.haven.organisation.OrganisationStatus;
import org.haven.organisation.OrganisationView;
import org.haven.shared.error.Refusal;
import org.haven.shared.paging.PageRequest;

/**
 * The partner organisations an activity's details form offers, chosen rather than typed: those already chosen,
 * then the active organisations the reader may see whose name or reference contains the form's search ({@code
 * GET /organisations?q=}, the same service and scope). The service still refuses another team's or an archived
 * one, next to the choices. Also what a stale details form had typed, in words.
 */
@ApplicationScoped
class ActivityPartnerChoices {

    /** The search of the details page (a query parameter, kept in the form so a refused save keeps the choices). */
    static final String QUERY = "partnerQ";

    private final OrganisationService organisations;
    private final ConsolePages pages;

    ActivityPartnerChoices(OrganisationService organisations, ConsolePages pages) {
        this.organisations = organisations;
        this.pages = pages;
    }

    List<OrganisationPages.Choice> of(ConsoleForm form) {
        Map<String, OrganisationPages.Choice> choices = new LinkedHashMap<>();
        for (String raw : form.values("partnerOrganisationIds")) {
            choices.put(raw, new OrganisationPages.Choice(raw, label(raw)));
        }
        String query = form.value(QUERY);
        if (query != null && query.length() > OrganisationFilter.TEXT_MAX_LENGTH) {
            query = query.substring(0, OrganisationFilter.TEXT_MAX_LENGTH);
        }
        // without a search, as many as the plan form offers; with one, a page of what it found
        PageRequest size = new PageRequest(0, query == null ? PageRequest.MAX_SIZE : PageRequest.DEFAULT_SIZE);
        for (OrganisationView o : organisations.list(new OrganisationFilter(null, null, OrganisationStatus.ACTIVE,
                null, null, query), size).items()) {
            choices.putIfAbsent(o.id().toString(), new OrganisationPages.Choice(o.id().toString(), label(o)));
        }
        return new ArrayList<>(choices.values());
    }

    /** What a details form overtaken by someone else's change had typed, each field in words. */
    List<CasePage.Typed> typed(ConsoleForm form) {
        GroupMessages m = ConsolePages.bundle(GroupMessages.class, pages.language());
        List<CasePage.Typed> typed = new ArrayList<>();
        ActivityType type = OrganisationPages.enumOrNull(form.value("type"), ActivityType.class);
        if (type != null) {
            typed.add(new CasePage.Typed(m.label_type(), ActivityPages.type(type, m)));
        }
        for (String field : List.of("title", "startsOn", "endsOn")) {
            if (form.value(field) != null) {
                typed.add(new CasePage.Typed(switch (field) {
                    case "title" -> m.label_title();
                    case "startsOn" -> m.label_starts_on();
                    default -> m.label_ends_on();
                }, form.value(field)));
            }
        }
        List<String> partners = form.values("partnerOrganisationIds").stream().map(this::label).toList();
        typed.add(new CasePage.Typed(m.label_partners(), partners.isEmpty() ? m.none() : String.join("; ", partners)));
        return typed;
    }

    /** An organisation's name and reference; one the reader may not see is said to be such, as on the page. */
    private String label(String raw) {
        try {
            return label(organisations.get(UUID.fromString(raw)));
        } catch (IllegalArgumentException malformed) {
            return raw;
        } catch (Refusal invisible) {
            return ConsolePages.bundle(GroupMessages.class, pages.language()).partner_hidden();
        }
    }

    private static String label(OrganisationView o) {
        return o.name() + " (" + o.reference() + ")";
    }
}
