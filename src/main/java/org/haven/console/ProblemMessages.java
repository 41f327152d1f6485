package org.haven.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The refusals of the services in plain words, one method per problem code of docs/api.md with "-" as
 * "_" (stale-version is {@code stale_version}). A code without a method here is shown with the
 * service's own English sentence, which never carries personal data. Translations in
 * {@code messages/problem_<code>.properties}.
 */
@MessageBundle(value = "problem", locale = "en")
public interface ProblemMessages {

    @Message("Someone else changed this record since you opened it. Nothing was saved. The current values are shown below; check them and make your change again.")
    String stale_version();

    @Message("This record does not exist, or it is not one you may see.")
    String not_found();

    @Message("This form was already sent with other values. Open a new form to start another one.")
    String idempotency_key_reused();

    @Message("One or more fields need your attention.")
    String validation_failed();

    // ===== Codes met on defender pages =====

    // -----

    // ===== Codes met on case pages =====

    @Message("No defender with this id exists, or it is not one you may see.")
    String unknown_defender();

    @Message("This defender is archived or erased: a request can be opened only for an active defender.")
    String defender_not_active();

    @Message("Give a reason: declining, referring, withdrawing and closing a case need one.")
    String reason_required();

    @Message("This change of status is not possible from the case's current status. A case becomes supported only when a grant for it is approved.")
    String illegal_transition();

    @Message("A request for temporary relocation needs the relocation plan: host country, planned duration and family members included.")
    String relocation_plan_required();

    @Message("Officers may assign a case only to themselves; a programme manager assigns others.")
    String assign_others_forbidden();

    @Message("The case is assigned to another officer. Ask a programme manager to reassign it.")
    String already_assigned();

    // -----

    // ===== Codes met on grant and follow-up pages =====
}
