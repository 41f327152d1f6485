package org.haven.console;

import java.util.List;

import org.haven.protection.KeyRotationResult;
import org.haven.protection.KeyStatusView;

/**
 * The keys page's content in the reader's language: what {@code GET /admin/keys/status} answers (names and
 * counts, never key material) and, after a rotation, what {@code POST /admin/keys/rotation} answered.
 */
public record KeyStatusPage(String primary, boolean pending, String pendingText, String destroyed, List<Kek> keks,
        Result result, ConsoleForm form) {

    /** One key-encryption key: its name, whether it is the primary, whether this service has it, its data keys. */
    public record Kek(String id, String role, boolean primary, boolean configured, String configuredText,
            String dataKeys) {
    }

    /** What a rotation did, one sentence per count. */
    public record Result(List<String> lines) {
    }

    static KeyStatusPage of(KeyStatusView status, KeyRotationResult rotation, ConsoleForm form, ConsoleFormat format,
            AdminMessages msg) {
        long waiting = status.keks().stream().filter(k -> !k.primary()).mapToLong(KeyStatusView.KekUsage::dataKeys)
                .sum();
        List<Kek> keks = status.keks().stream().map(k -> new Kek(k.kekId(),
                k.primary() ? msg.role_primary() : msg.role_older(), k.primary(), k.configured(),
                k.configured() ? msg.yes() : msg.configured_no(), format.number(k.dataKeys()))).toList();
        Result result = rotation == null ? null : result(rotation, format, msg);
        return new KeyStatusPage(status.primaryKek(), status.rotationPending(),
                status.rotationPending() ? msg.pending_yes(format.number(waiting)) : msg.pending_no(),
                msg.destroyed_value(format.number(status.destroyed())), keks, result, form);
    }

    private static Result result(KeyRotationResult r, ConsoleFormat format, AdminMessages msg) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                msg.result_rewrapped(r.primaryKek(), format.number(r.rewrapped())),
                msg.result_current(format.number(r.alreadyCurrent())),
                msg.result_destroyed(format.number(r.destroyed()))));
        if (r.rewrapped() == 0) {
            lines.add(msg.result_nothing_changed());
        }
        return new Result(List.copyOf(lines));
    }
}
