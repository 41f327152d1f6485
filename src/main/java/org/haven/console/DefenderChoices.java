package org.haven.console;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.haven.defender.AreaOfWork;
import org.haven.defender.ConsentScope;
import org.haven.defender.ContactChannelType;
import org.haven.defender.DefenderStatus;
import org.haven.defender.Gender;
import org.haven.defender.LegalStatus;
import org.haven.defender.RiskLevel;

/**
 * The defender registry's fixed choices (risk levels, areas of work, countries ...) in the reader's
 * language: the value the API takes and its label. Only wording; which values exist is the defender
 * feature's business (its enums, and ISO 3166-1 for countries as {@code @CountryCode} checks them).
 */
public final class DefenderChoices {

    /** One choice of a select, radio group or set of check boxes. */
    public record Option(String value, String label) {
    }

    private final DefenderMessages msg;
    private final Locale locale;

    DefenderChoices(Language language) {
        this.msg = ConsolePages.bundle(DefenderMessages.class, language);
        this.locale = language.formats;
    }

    DefenderMessages messages() {
        return msg;
    }

    public List<Option> risks() {
        return options(RiskLevel.values(), this::risk);
    }

    public List<Option> statuses() {
        return options(DefenderStatus.values(), this::status);
    }

    public List<Option> areas() {
        return options(AreaOfWork.values(), this::area);
    }

    public List<Option> genders() {
        return options(Gender.values(), this::gender);
    }

    public List<Option> legalStatuses() {
        return options(LegalStatus.values(), this::legalStatus);
    }

    public List<Option> consentScopes() {
        return options(ConsentScope.values(), this::consentScope);
    }

    public List<Option> channels() {
        return options(ContactChannelType.values(), this::channel);
    }

    /** Every ISO 3166-1 country, named and sorted in the reader's language. */
    public List<Option> countries() {
        Collator order = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries()).map(code -> new Option(code, country(code)))
                .sorted(Comparator.comparing(Option::label, order)).toList();
    }

    String country(String code) {
        if (code == null) {
            return msg.not_given();
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    String risk(RiskLevel level) {
        return switch (level) {
            case LOW -> msg.risk_low();
            case MODERATE -> msg.risk_moderate();
            case HIGH -> msg.risk_high();
            case CRITICAL -> msg.risk_critical();
        };
    }

    String status(DefenderStatus status) {
        return switch (status) {
            case ACTIVE -> msg.status_active();
            case ARCHIVED -> msg.status_archived();
            case ERASED -> msg.status_erased();
        };
    }

    String area(AreaOfWork area) {
        return switch (area) {
            case WOMENS_RIGHTS -> msg.area_womens_rights();
            case JOURNALISM -> msg.area_journalism();
            case LEGAL -> msg.area_legal();
            case LGBTIQ_RIGHTS -> msg.area_lgbtiq_rights();
            case MINORITY_RIGHTS -> msg.area_minority_rights();
            case ENVIRONMENT -> msg.area_environment();
            case LABOUR -> msg.area_labour();
            case EDUCATION -> msg.area_education();
            case HEALTH -> msg.area_health();
            case CULTURE -> msg.area_culture();
            case TRANSITIONAL_JUSTICE -> msg.area_transitional_justice();
            case OTHER -> msg.area_other();
        };
    }

    String gender(Gender gender) {
        return switch (gender) {
            case WOMAN -> msg.gender_woman();
            case MAN -> msg.gender_man();
            case NON_BINARY -> msg.gender_non_binary();
            case OTHER -> msg.gender_other();
            case UNDISCLOSED -> msg.gender_undisclosed();
        };
    }

    String legalStatus(LegalStatus status) {
        return switch (status) {
            case ASYLUM_SEEKER -> msg.legal_asylum_seeker();
            case REFUGEE -> msg.legal_refugee();
            case VISA_HOLDER -> msg.legal_visa_holder();
            case UNDOCUMENTED -> msg.legal_undocumented();
            case CITIZEN -> msg.legal_citizen();
            case OTHER -> msg.legal_other();
        };
    }

    String consentScope(ConsentScope scope) {
        return switch (scope) {
            case CASE_MANAGEMENT -> msg.consent_scope_case_management();
            case SHARING_WITH_PARTNERS -> msg.consent_scope_sharing_with_partners();
            case DONOR_REPORTING_PSEUDONYMISED -> msg.consent_scope_donor_reporting_pseudonymised();
        };
    }

    String channel(ContactChannelType channel) {
        return switch (channel) {
            case SIGNAL -> msg.channel_signal();
            case WHATSAPP -> msg.channel_whatsapp();
            case TELEGRAM -> msg.channel_telegram();
            case EMAIL -> msg.channel_email();
            case PHONE -> msg.channel_phone();
            case VIA_PARTNER -> msg.channel_via_partner();
            case OTHER -> msg.channel_other();
        };
    }

    private static <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }
}
