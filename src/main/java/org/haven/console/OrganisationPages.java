package org.haven.console;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.defender.ContactChannel;
import org.haven.organisation.MemberRole;
import org.haven.organisation.MemberView;
import org.haven.organisation.OrganisationContacts;
import org.haven.organisation.OrganisationStatus;
import org.haven.organisation.OrganisationType;
import org.haven.organisation.OrganisationView;
import org.haven.organisation.VettingStatus;
import org.haven.shared.paging.Page;

/**
 * The organisation pages' content, already in the reader's language: the list with its search and pager, the
 * organisation's facts, its linked defenders and, when asked for with a reason, its contact channels. Wording
 * only; every rule stays in {@code OrganisationService}.
 */
final class OrganisationPages {

    static final String PATH = "/console/organisations";

    private OrganisationPages() {
    }

    /** A choice of a select or a check box: its value and its label. */
    record Choice(String value, String label) {
    }

    /** The list's search as the reader set it (blank: any). */
    record Search(String text, String vettingStatus, String status) {

        /** The query string of this search and a page, "" when nothing is set. */
        String query(int page) {
            StringBuilder q = new StringBuilder();
            add(q, "q", text);
            add(q, "vettingStatus", vettingStatus);
            add(q, "status", status);
            if (page > 0) {
                q.append("&page=").append(page);
            }
            return q.isEmpty() ? "" : "?" + q.substring(1);
        }

        private static void add(StringBuilder q, String name, String value) {
            if (value != null) {
                q.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value,
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    record ListPage(List<Row> rows, Search search, String pageOf, String previous, String next, String done) {
    }

    record Row(UUID id, String reference, String name, String types, String country, String vetting, String status) {
    }

    /** The organisation's page: facts, members, contacts (null unless shown with a reason). */
    record Profile(UUID id, String reference, String name, boolean archived, String types, String country,
            String vetting, String vettedOn, String vettedOnIso, String status, String registered, String archiveReason,
            String publicKey, long version, List<Member> members, Contacts contacts) {
    }

    record Member(UUID defenderId, String reference, String role, String linked, String linkedIso) {
    }

    record Contacts(String shownAt, List<Choice> channels) {
    }

    static ListPage list(Page<OrganisationView> page, Search search, String done, ConsoleFormat format,
            DefenderChoices countries, GroupMessages m) {
        List<Row> rows = page.items().stream().map(o -> new Row(o.id(), o.reference(), o.name(), types(o, m),
                o.country() == null ? m.none() : countries.country(o.country()), vetting(o.vettingStatus(), m),
                status(o.status(), m))).toList();
        String pageOf = page.totalPages() > 1
                ? m.page_of(format.number(page.page() + 1L), format.number(page.totalPages()))
                : null;
        String previous = page.page() > 0 ? PATH + search.query(page.page() - 1) : null;
        String next = page.page() + 1L < page.totalPages() ? PATH + search.query(page.page() + 1)
                : null;
        return new ListPage(rows, search, pageOf, previous, next, done);
    }

    static Profile profile(OrganisationView o, List<MemberView> members, Contacts contacts, ConsoleFormat format,
            Language language, DefenderChoices countries, GroupMessages m) {
        List<Member> rows = members.stream().map(v -> new Member(v.defenderId(), v.defenderReference(),
                role(v.role(), m), format.dateTime(v.linkedAt()), v.linkedAt().toString())).toList();
        return new Profile(o.id(), o.reference(), o.name(), o.status() == OrganisationStatus.ARCHIVED, types(o, m),
                o.country() == null ? m.none() : countries.country(o.country()), vetting(o.vettingStatus(), m),
                o.vettedOn() == null ? null : GrantPageForms.date(o.vettedOn(), language),
                o.vettedOn() == null ? null : o.vettedOn().toString(), status(o.status(), m),
                format.dateTime(o.registeredAt()), o.archiveReason(), o.publicKey(), o.version(), rows, contacts);
    }

    static Contacts contacts(OrganisationContacts read, String shownAt, DefenderChoices channels) {
        List<ContactChannel> list = read.contacts() == null ? List.of() : read.contacts();
        return new Contacts(shownAt, list.stream()
                .map(c -> new Choice(c.value(), channels.channel(c.channel()))).toList());
    }

    static String types(OrganisationView o, GroupMessages m) {
        return Arrays.stream(OrganisationType.values()).filter(o.types()::contains).map(t -> type(t, m))
                .collect(Collectors.joining(", "));
    }

    static String type(OrganisationType type, GroupMessages m) {
        return switch (type) {
            case PARTNER -> m.type_partner();
            case HOST -> m.type_host();
            case BENEFICIARY -> m.type_beneficiary();
            case FUNDER -> m.type_funder();
        };
    }

    static String vetting(VettingStatus status, GroupMessages m) {
        return switch (status) {
            case NOT_VETTED -> m.vetting_not_vetted();
            case IN_PROGRESS -> m.vetting_in_progress();
            case VETTED -> m.vetting_vetted();
            case REFUSED -> m.vetting_refused();
        };
    }

    static String status(OrganisationStatus status, GroupMessages m) {
        return status == OrganisationStatus.ARCHIVED ? m.status_archived() : m.status_active();
    }

    static String role(MemberRole role, GroupMessages m) {
        return switch (role) {
            case MEMBER -> m.role_member();
            case STAFF -> m.role_staff();
            case LEADERSHIP -> m.role_leadership();
        };
    }

    static List<Choice> types(GroupMessages m) {
        return Arrays.stream(OrganisationType.values()).map(t -> new Choice(t.name(), type(t, m))).toList();
    }

    static List<Choice> vettings(GroupMessages m) {
        return Arrays.stream(VettingStatus.values()).map(v -> new Choice(v.name(), vetting(v, m))).toList();
    }

    static List<Choice> statuses(GroupMessages m) {
        return Arrays.stream(OrganisationStatus.values()).map(v -> new Choice(v.name(), status(v, m))).toList();
    }

    static List<Choice> roles(GroupMessages m) {
        return Arrays.stream(MemberRole.values()).map(r -> new Choice(r.name(), role(r, m))).toList();
    }

    /** An enum's name as posted, or null when it names none of the choices. */
    static <E extends Enum<E>> E enumOrNull(String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
