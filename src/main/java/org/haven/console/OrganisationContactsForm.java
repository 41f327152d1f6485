package org.haven.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.haven.defender.ContactChannel;
import org.haven.defender.ContactChannelType;
import org.haven.organisation.OrganisationContacts;

/**
 * The form that replaces an organisation's contact channels ({@code PUT /organisations/{id}/sensitive}). It is
 * shown only on the answer that shows the channels (after a reason, audited), filled with them and carrying the
 * version they were read at; a refused one comes back as typed. After someone else's change (412) the form is not
 * filled with the current channels, since that would be a reading without a reason: the page shows what was typed
 * and asks to show the channels again.
 */
final class OrganisationContactsForm {

    /** As many rows as {@code OrganisationContacts} takes. */
    static final int MAX_ROWS = 10;

    private OrganisationContactsForm() {
    }

    /** One row of the form: its two fields' names and its legend ("Channel 2"). */
    record Row(String channel, String value, String legend) {
    }

    /** The form (null when not shown), its rows and choices, and what was typed before a stale save. */
    record Edit(ConsoleForm form, List<Row> rows, List<DefenderChoices.Option> channels, List<CasePage.Typed> typed) {
    }

    /** The form as shown with the channels just read: one row each and an empty one for a new channel. */
    static Edit of(OrganisationContacts read, long version, DefenderChoices choices, GroupFormMessages m) {
        ConsoleForm form = ConsoleForm.empty().with("version", Long.toString(version));
        List<ContactChannel> contacts = read.contacts() == null ? List.of() : read.contacts();
        for (int i = 0; i < contacts.size(); i++) {
            form.with(channel(i), contacts.get(i).channel().name()).with(value(i), contacts.get(i).value());
        }
        return new Edit(form, rows(Math.min(contacts.size() + 1, MAX_ROWS), m), choices.channels(), List.of());
    }

    /** A refused form, as it was typed. */
    static Edit refused(ConsoleForm posted, DefenderChoices choices, GroupFormMessages m) {
        return new Edit(posted, rows(Math.max(lastRow(posted) + 1, 1), m), choices.channels(), List.of());
    }

    /** After someone else's change: no form, only what was typed. */
    static Edit stale(ConsoleForm posted, DefenderChoices choices, GroupFormMessages m) {
        List<CasePage.Typed> typed = new ArrayList<>();
        for (int i = 0; i <= lastRow(posted); i++) {
            String type = posted.value(channel(i));
            String value = posted.value(value(i));
            if (type != null || value != null) {
                ContactChannelType known = OrganisationPages.enumOrNull(type, ContactChannelType.class);
                String label = known == null ? (type == null ? "" : type) : choices.channel(known);
                typed.add(new CasePage.Typed(m.contacts_row(Integer.toString(i + 1)),
                        (label + " " + (value == null ? "" : value)).strip()));
            }
        }
        return new Edit(null, List.of(), List.of(), typed);
    }

    /**
     * The command from the rows that were filled in (empty rows are left out); {@code fields} receives, for
     * each channel's place in the command, the row it was typed in, so that problems land next to that row.
     */
    static OrganisationContacts command(GrantPageForms values, ConsoleForm posted, Map<String, String> fields) {
        List<ContactChannel> contacts = new ArrayList<>();
        for (int i = 0; i <= lastRow(posted); i++) {
            ContactChannelType type = values.choice(channel(i), ContactChannelType.class);
            String value = values.text(value(i));
            if (type != null || value != null || posted.invalid(channel(i))) {
                int at = contacts.size();
                fields.put("contacts[" + at + "].channel", channel(i));
                fields.put("contacts[" + at + "].value", value(i));
                contacts.add(new ContactChannel(type, value));
            }
        }
        return new OrganisationContacts(contacts);
    }

    /** The problems of the command's fields under the rows' names. */
    static Map<String, String> fields() {
        return new HashMap<>(Map.of("contacts", ""));
    }

    private static List<Row> rows(int count, GroupFormMessages m) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Row(channel(i), value(i), m.contacts_row(Integer.toString(i + 1))));
        }
        return rows;
    }

    /** The highest row posted (rows beyond what the command takes are read too, so its limit is said). */
    private static int lastRow(ConsoleForm posted) {
        int last = -1;
        for (int i = 0; i < MAX_ROWS * 2; i++) {
            if (posted.value(channel(i)) != null || posted.value(value(i)) != null) {
                last = i;
            }
        }
        return last;
    }

    static String channel(int row) {
        return "contacts[" + row + "].channel";
    }

    static String value(int row) {
        return "contacts[" + row + "].value";
    }
}
