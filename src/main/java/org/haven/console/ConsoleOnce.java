package org.haven.console;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.haven.shared.error.Refusal;
import org.haven.shared.idempotency.IdempotencyStore;
import org.haven.shared.idempotency.IdempotencyStore.StoredResponse;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.web.ProblemException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A creating form is carried out at most once. Each such form carries a fresh key ({@link #newKey()},
 * a hidden field); a double click or a resend on a flaky connection posts the same key and body again,
 * and gets the first result instead of a second record. The same PostgreSQL-coordinated store as the
 * API's {@code Idempotency-Key} (so it holds across replicas and concurrent posts), scoped to the
 * console operation and the signed-in person.
 */
@ApplicationScoped
class ConsoleOnce {

    /** The form's hidden field. */
    static final String FIELD = "formKey";
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final IdempotencyStore store;
    private final CurrentActor currentActor;

    ConsoleOnce(IdempotencyStore store, CurrentActor currentActor) {
        this.store = store;
        this.currentActor = currentActor;
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * Creates with {@code create} (which answers the console path of what it made) unless this form key
     * already did so with the same command; then answers the first path and changes nothing. A form
     * without a well-formed key is carried out as it is. A key already used for a different command is
     * refused with the {@link Refusal} {@code idempotency-key-reused}, which forms show as any other.
     *
     * @param operation the console operation, e.g. "POST /console/cases"
     */
    String create(String operation, String formKey, Object command, Supplier<String> create) {
        if (formKey == null || !KEY.matcher(formKey).matches()) {
            return create.get();
        }
        String scope = operation + "|" + currentActor.get().subject();
        String fingerprint = store.fingerprint(command);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<StoredResponse> earlier;
            try {
                earlier = store.claim(scope, formKey, fingerprint);
            } catch (ProblemException reused) {
                // the store speaks HTTP for the API; forms show a refusal on the form, as any other
                throw new Refusal(Refusal.Kind.RULE, reused.code(), reused.getMessage(), List.of());
            }
            if (earlier.isPresent()) {
                return earlier.get().location();
            }
            String location = create.get();
            store.complete(scope, formKey, new StoredResponse(303, null, location, null));
            return location;
        });
    }
}
