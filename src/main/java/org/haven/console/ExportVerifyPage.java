package org.haven.console;

import java.util.List;

/**
 * What the "verify an export offline" page shows besides its words: the file names the console gives the
 * key and an export, the exact command, and what the shipped verifier ({@code export.verify.ExportVerifier},
 * run as {@code quarkus-run.jar verify}) prints. Commands and the verifier's output are the same in every
 * language; their meanings are in the reader's (docs/auditors.md has the same table).
 */
public record ExportVerifyPage(String keyId, String pemFile, String exportFile, String command, String valid,
        List<Outcome> failures) {

    /** A line the verifier may print, and what it means, in the reader's language. */
    public record Outcome(String printed, String meaning) {
    }

    static final String EXAMPLE_EXPORT = "haven-case-histories-2026-04-01.jsonl";

    static ExportVerifyPage of(String keyId, AuditMessages m) {
        String pem = new AuditPagesResource.AuditKey(keyId).pemFile();
        return new ExportVerifyPage(keyId, pem, EXAMPLE_EXPORT,
                "java -jar quarkus-app/quarkus-run.jar verify " + EXAMPLE_EXPORT + " --public-key " + pem,
                "VALID: 3 lines, 2 cases, 41 audit events; signature and every hash check out",
                List.of(new Outcome("no manifest at the end: the export is truncated or altered", m.verify_truncated()),
                        new Outcome("the file's digest does not match the manifest: content was altered, added or "
                                + "removed", m.verify_digest()),
                        new Outcome("the manifest's signature is not valid for this public key", m.verify_signature()),
                        new Outcome("line N: carries number M (a line was removed, inserted or moved before it)",
                                m.verify_moved()),
                        new Outcome("line N: the line before it was altered (its digest does not match)", m.verify_altered()),
                        new Outcome("line N: audit entry S does not match its hash (altered)", m.verify_entry()),
                        new Outcome("usage: … / cannot verify: …", m.verify_unusable())));
    }
}
