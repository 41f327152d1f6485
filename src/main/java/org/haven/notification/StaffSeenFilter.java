package org.haven.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.haven.shared.security.Actor;
import org.haven.shared.security.CurrentActor;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;

/**
 * Keeps the staff directory current: after authentication, records who called (subject, name,
 * e-mail, Haven roles, teams) when that changed or was last written long ago. The map below only
 * spares the database a write per request; the directory row is the truth, and an upsert on two
 * replicas at once is harmless.
 */
class StaffSeenFilter {

    /** How long a replica trusts that the directory still holds what it last wrote for someone. */
    private static final Duration REFRESH = Duration.ofMinutes(15);
    private static final int REMEMBERED = 10_000;

    private record Seen(int fingerprint, Instant at) {
    }

    private final ConcurrentHashMap<String, Seen> seen = new ConcurrentHashMap<>();
    private final SecurityIdentity identity;
    private final CurrentActor currentActor;
    private final StaffDirectory directory;
    private final Clock clock;

    StaffSeenFilter(SecurityIdentity identity, CurrentActor currentActor, StaffDirectory directory, Clock clock) {
        this.identity = identity;
        this.currentActor = currentActor;
        this.directory = directory;
        this.clock = clock;
    }

    @ServerRequestFilter
    void noteCaller() {
        if (identity.isAnonymous() || Context.isOnEventLoopThread()) {
            return; // a non-blocking endpoint: the caller's next ordinary request will do
        }
        Actor actor;
        try {
            actor = currentActor.get();
        } catch (RuntimeException unusable) {
            return; // the endpoint answers 401 on its own
        }
        if (actor.roles().isEmpty()) {
            return;
        }
        StaffDirectory.Member member = new StaffDirectory.Member(actor.subject(), actor.displayName(),
                currentActor.email().orElse(null), Set.copyOf(actor.roles()), currentActor.teams());
        Instant now = clock.instant();
        Seen last = seen.get(member.subject());
        if (last != null && last.fingerprint() == member.hashCode() && last.at().plus(REFRESH).isAfter(now)) {
            return;
        }
        try {
            directory.note(member, now);
            if (seen.size() >= REMEMBERED) {
                seen.clear();
            }
            seen.put(member.subject(), new Seen(member.hashCode(), now));
        } catch (Exception e) {
            // Never fail a request for this; the next one retries. No personal data in the message.
            Log.warnf("Could not update the staff directory: %s", e.getClass().getSimpleName());
        }
    }
}
