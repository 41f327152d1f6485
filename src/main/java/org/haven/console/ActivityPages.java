package org.haven.console;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.haven.activity.ActivityStatus;
import org.haven.activity.ActivityType;
import org.haven.activity.ActivityView;
import org.haven.activity.OutputKind;
import org.haven.activity.ParticipantsView;
import org.haven.organisation.OrganisationRef;
import org.haven.shared.paging.Page;

/**
 * The activity pages' content, already in the reader's language: the list, the activity's details, partners,
 * participants (listed by reference only where they consented; everyone in the counts), outputs and, when asked
 * for with a reason, its location. Wording only; every rule stays in {@code ActivityService} and
 * {@code ActivityParticipantService}.
 */
final class ActivityPages {

    static final String PATH = "/console/activities";

    private ActivityPages() {
    }

    record Search(String type, String status) {

        String query(int page) {
            StringBuilder q = new StringBuilder();
            if (type != null) {
                q.append("&type=").append(type);
            }
            if (status != null) {
                q.append("&status=").append(status);
            }
            if (page > 0) {
                q.append("&page=").append(page);
            }
            return q.isEmpty() ? "" : "?" + q.substring(1);
        }
    }

    record ListPage(List<Row> rows, Search search, String pageOf, String previous, String next) {
    }

    record Row(UUID id, String reference, String type, String title, String dates, String status) {
    }

    /** A partner: its reference and a link, or hidden when the reader may not see it (another team's). */
    record Partner(UUID id, String reference, boolean visible) {
    }

    record Listed(UUID defenderId, String reference, String added, String addedIso) {
    }

    record Count(String gender, String count) {
    }

    record Output(String kind, String title, String recorded, String recordedIso) {
    }

    record Details(UUID id, String reference, String type, String title, String dates, String startsOnIso,
            String endsOnIso, String status, boolean planned, boolean held, String statusReason, UUID follows, String followsReference,
            long version, List<Partner> partners, String total, List<Listed> listed, List<Count> counts,
            List<Output> outputs, Location location) {
    }

    record Location(String shownAt, String text) {
    }

    static ListPage list(Page<ActivityView> page, Search search, ConsoleFormat format, Language language,
            GroupMessages m) {
        List<Row> rows = page.items().stream().map(a -> new Row(a.id(), a.reference(), type(a.type(), m), a.title(),
                dates(a, language, m), status(a.status(), m))).toList();
        String pageOf = page.totalPages() > 1
                ? m.page_of(format.number(page.page() + 1L), format.number(page.totalPages()))
                : null;
        String previous = page.page() > 0 ? PATH + search.query(page.page() - 1) : null;
        String next = page.page() + 1L < page.totalPages() ? PATH + search.query(page.page() + 1) : null;
        return new ListPage(rows, search, pageOf, previous, next);
    }

    static Details details(ActivityView a, String followsReference, List<Partner> partners, ParticipantsView people,
            Location location, ConsoleFormat format, Language language, DefenderChoices genders, GroupMessages m) {
        List<Listed> listed = people.listed().stream().map(p -> new Listed(p.defenderId(), p.defenderReference(),
                format.dateTime(p.addedAt()), p.addedAt().toString())).toList();
        List<Count> counts = people.byGender().stream().map(c -> new Count(c.gender() == null ? m.gender_not_recorded()
                : genders.genders().stream().filter(o -> o.value().equals(c.gender().name())).findFirst()
                        .map(DefenderChoices.Option::label).orElse(c.gender().name()), format.number(c.count())))
                .toList();
        List<Output> outputs = a.outputs().stream().map(o -> new Output(output(o.kind(), m), o.title(),
                format.dateTime(o.recordedAt()), o.recordedAt().toString())).toList();
        return new Details(a.id(), a.reference(), type(a.type(), m), a.title(), dates(a, language, m),
                a.startsOn().toString(), a.endsOn().toString(), status(a.status(), m),
                a.status() == ActivityStatus.PLANNED, a.status() == ActivityStatus.HELD, a.statusReason(), a.followsActivityId(), followsReference,
                a.version(), partners, m.participants_total(format.number(people.total())), listed, counts, outputs,
                location);
    }

    static Partner partner(UUID id, OrganisationRef ref) {
        return ref == null ? new Partner(id, null, false) : new Partner(id, ref.reference(), true);
    }

    static String dates(ActivityView a, Language language, GroupMessages m) {
        return m.dates(GrantPageForms.date(a.startsOn(), language), GrantPageForms.date(a.endsOn(), language));
    }

    static String type(ActivityType type, GroupMessages m) {
        return switch (type) {
            case WORKSHOP -> m.atype_workshop();
            case STRATEGY_MEETING -> m.atype_strategy_meeting();
            case TRAINING -> m.atype_training();
            case PEER_EXCHANGE -> m.atype_peer_exchange();
            case ADVOCACY_MEETING -> m.atype_advocacy_meeting();
        };
    }

    static String status(ActivityStatus status, GroupMessages m) {
        return switch (status) {
            case PLANNED -> m.astatus_planned();
            case HELD -> m.astatus_held();
            case CANCELLED -> m.astatus_cancelled();
        };
    }

    static String output(OutputKind kind, GroupMessages m) {
        return switch (kind) {
            case STRATEGY_PAPER -> m.output_strategy_paper();
            case ACTION_PLAN -> m.output_action_plan();
            case REPORT -> m.output_report();
            case STATEMENT -> m.output_statement();
            case OTHER -> m.output_other();
        };
    }

    static List<OrganisationPages.Choice> types(GroupMessages m) {
        return Arrays.stream(ActivityType.values()).map(t -> new OrganisationPages.Choice(t.name(), type(t, m))).toList();
    }

    static List<OrganisationPages.Choice> statuses(GroupMessages m) {
        return Arrays.stream(ActivityStatus.values()).map(s -> new OrganisationPages.Choice(s.name(), status(s, m)))
                .toList();
    }

    /** The final statuses an activity may be moved to. */
    static List<OrganisationPages.Choice> targets(GroupMessages m) {
        return List.of(new OrganisationPages.Choice(ActivityStatus.HELD.name(), status(ActivityStatus.HELD, m)),
                new OrganisationPages.Choice(ActivityStatus.CANCELLED.name(), status(ActivityStatus.CANCELLED, m)));
    }

    static List<OrganisationPages.Choice> outputs(GroupMessages m) {
        return Arrays.stream(OutputKind.values()).map(k -> new OrganisationPages.Choice(k.name(), output(k, m)))
                .toList();
    }
}
