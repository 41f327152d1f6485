package org.haven.notification;

import java.util.UUID;

/** Console paths a notification points to (docs/console.md). Relative: e-mails prefix the console URL. */
final class Links {

    private Links() {
    }

    static String caseLink(UUID requestId) {
        return "/console/cases/" + requestId;
    }

    static String grant(UUID grantId) {
        return "/console/grants/" + grantId;
    }

    static String followUp(UUID followUpId) {
        return "/console/follow-ups/" + followUpId;
    }

    /** A defender's legal-status timeline (docs/legal-status.md). */
    static String forcedReturn(UUID defenderId) {
        return "/console/legal/defenders/" + defenderId;
    }

    static String defender(UUID defenderId) {
        return "/console/defenders/" + defenderId;
    }
}
