package org.haven.shared.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.shared.error.FieldViolation;
import org.haven.shared.web.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Server-side idempotency for creations that clients retry over bad connections
 * ({@code Idempotency-Key} header), used by {@link IdempotencyInterceptor} at the HTTP edge. Coordinated in PostgreSQL, so it holds across replicas: the
 * first request claims the key with an insert; a concurrent retry waits on the unique index until
 * the first commits, then gets the stored response. If the first rolls back, the retry proceeds.
 */
@ApplicationScoped
public class IdempotencyStore {

    public static final String HEADER = "Idempotency-Key";

    /** What the first request answered; a retry gets exactly this. {@code location} is a path, e.g. /requests/{id}. */
    public record StoredResponse(int status, String body, String location, String etag) {
    }

    private final EntityManager em;
    private final ObjectMapper api;
    private final Duration retention;
    private final ObjectMapper canonical = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

    IdempotencyStore(EntityManager em, ObjectMapper api,
            @ConfigProperty(name = "haven.idempotency.retention", defaultValue = "PT48H") Duration retention) {
        this.em = em;
        this.api = api;
        this.retention = retention;
    }

    /**
     * The longest scope the table holds (V0013): an operation of at most 144 characters, "|", and a
     * token subject of at most 255 ({@link org.haven.shared.security.Actor#MAX_LENGTH}).
     */
    static final int SCOPE_MAX_LENGTH = 400;

    /** The form of a key, as published in the API document. */
    public static final int KEY_MAX_LENGTH = 100;
    public static final String KEY_PATTERN = "^[\\x21-\\x7E]+$";

    /** Validates the header value: printable ASCII, 1 to 100 characters. Null means "no key". */
    public static String validKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > KEY_MAX_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.badRequest("invalid-idempotency-key", "The Idempotency-Key header is invalid.",
                    List.of(new FieldViolation(HEADER, "must be 1 to 100 printable ASCII characters, e.g. a UUID")));
        }
        return key;
    }

    /** A digest of the request body, so a reused key with a different body is recognised. */
    public String fingerprint(Object command) {
        try {
            byte[] bytes = canonical.writeValueAsString(command).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("request bodies are plain records", e);
        }
    }

    /**
     * Claims the key for this request. Empty: the caller owns the key and must perform the operation
     * and {@link #complete} it in the same transaction. Present: a previous request with the same key
     * and body already succeeded; answer with its response and do nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StoredResponse> claim(String scope, String key, String fingerprint) {
        if (scope.length() > SCOPE_MAX_LENGTH) {
            throw new IllegalStateException("an idempotency scope longer than its column: " + scope.length());
        }
        int claimed = em.createNativeQuery("""
                insert into idempotency_key (scope, idem_key, request_hash, created_at, expires_at)
                values (?1, ?2, ?3, now(), now() + make_interval(secs => ?4))
                on conflict (scope, idem_key) do update
                   set request_hash = excluded.request_hash, created_at = excluded.created_at,
                       expires_at = excluded.expires_at, response_status = null, response_body = null,
                       resource_id = null, etag = null
                 where idempotency_key.expires_at < now()
                """)
                .setParameter(1, scope).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, (double) retention.toSeconds())
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                select request_hash, response_status, response_body, resource_id, etag
                  from idempotency_key where scope = ?1 and idem_key = ?2
                """).setParameter(1, scope).setParameter(2, key).getSingleResult();
        if (!fingerprint.equals(row[0])) {
            throw ProblemException.unprocessable("idempotency-key-reused", HEADER,
                    "this key was already used for a different request body; use a new key for a new request");
        }
        return Optional.of(new StoredResponse(((Number) row[1]).intValue(), (String) row[2], (String) row[3],
                (String) row[4]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String scope, String key, StoredResponse response) {
        em.createNativeQuery("""
                update idempotency_key set response_status = ?3, response_body = ?4, resource_id = ?5, etag = ?6
                 where scope = ?1 and idem_key = ?2
                """).setParameter(1, scope).setParameter(2, key).setParameter(3, response.status())
                .setParameter(4, response.body()).setParameter(5, response.location())
                .setParameter(6, response.etag()).executeUpdate();
    }

    /** The response body as the API itself would have written it. */
    public String toJson(Object body) {
        try {
            return api.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response bodies are plain records", e);
        }
    }
}
