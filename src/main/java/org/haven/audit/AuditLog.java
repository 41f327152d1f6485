package org.haven.audit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The one way to write to the audit log. {@link #record} joins the caller's transaction (it refuses
 * to run without one), so the entry commits or rolls back with the change it describes.
 *
 * <p>Appends are serialised across all replicas by a PostgreSQL advisory lock taken at the end of
 * the business transaction; the database additionally refuses any entry that does not extend the
 * current head (trigger) and any duplicate sequence number or predecessor (unique keys).
 */
@ApplicationScoped
public class AuditLog {

    /** Entity types are short lower-case names such as {@code defender} or {@code follow-up}. */
    static final String ENTITY_TYPE_PATTERN = "^[a-z][a-z-]*$";
    /** The length of the entity_type column. */
    static final int ENTITY_TYPE_MAX_LENGTH = 64;
    private static final Pattern ENTITY_TYPE = Pattern.compile(ENTITY_TYPE_PATTERN);
    /**
     * The longest reason any endpoint accepts (2,000 characters); server-written reasons are shorter.
     * Published in the API document, so the log refuses longer ones rather than store them forever.
     */
    public static final int REASON_MAX_LENGTH = 2000;
    /**
     * Upper bound of the JSON text of one entry's changes. Every input that reaches an audit entry is
     * bounded; the largest change (a case narrative, 10,000 characters before and after, each at
     * most doubled by JSON escaping) stays far below it. A larger text means a new feature writes
     * unbounded data into a log that can never shrink, and is refused.
     */
    public static final int CHANGES_MAX_LENGTH = 200_000;

    private final AuditRepository entries;
    private final Timer appendTime;
    private final ObjectMapper json = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    AuditLog(AuditRepository entries, MeterRegistry registry) {
        this.entries = entries;
        // Waiting for the chain lock included: appends are serial across replicas (docs/operations.md).
        this.appendTime = Timer.builder("haven.audit.append")
                .description("Time to append one audit entry: chain lock, head read, insert")
                .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
                        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofSeconds(5))
                .register(registry);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long record(AuditEvent event) {
        return append(event);
    }

    /**
     * Records a refusal worth keeping (e.g. someone trying to approve their own proposal) in its own
     * transaction, so it stays in the log although the refused operation rolls back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long recordRefusal(AuditEvent event) {
        return append(event);
    }

    private long append(AuditEvent event) {
        if (event.actor() == null || event.action() == null || event.entityType() == null
                || event.entityId() == null) {
            throw new IllegalArgumentException("an audit event needs actor, action and entity");
        }
        if (event.entityType().length() > ENTITY_TYPE_MAX_LENGTH
                || !ENTITY_TYPE.matcher(event.entityType()).matches()) {
            throw new IllegalArgumentException("an entity type is a short lower-case name, such as follow-up");
        }
        if (event.action().reasonRequired() && (event.reason() == null || event.reason().isBlank())) {
            throw new IllegalArgumentException(event.action() + " must carry a reason");
        }
        if (event.reason() != null && event.reason().length() > REASON_MAX_LENGTH) {
            throw new IllegalArgumentException("an audit reason is at most " + REASON_MAX_LENGTH + " characters");
        }
        String changes = toJson(event.changes());
        if (changes != null && changes.length() > CHANGES_MAX_LENGTH) {
            throw new IllegalArgumentException("the changes of one audit entry exceed " + CHANGES_MAX_LENGTH
                    + " characters");
        }
        // Write the business changes first: the chain lock is then held only for the append itself.
        entries.flush();
        Timer.Sample sample = Timer.start();
        AuditRepository.Head head = entries.lockHead();
        AuditEntry entry = new AuditEntry(head.seq() + 1, head.now().truncatedTo(ChronoUnit.MICROS),
                event.actor().subject(), event.actor().displayName(),
                String.join(",", event.actor().roles().stream().sorted().toList()), event.action(),
                event.entityType(), event.entityId().toString(), event.caseId(), event.reason(), changes,
                head.hash());
        entries.insert(entry);
        sample.stop(appendTime);
        return entry.seq();
    }

    /** The entries about one record, oldest first. */
    @Transactional
    public List<AuditEntryView> historyOf(String entityType, UUID entityId) {
        return entries.historyOf(entityType, entityId.toString()).stream().map(AuditEntryView::of).toList();
    }

    /** Every entry of one case (an assistance request), oldest first. */
    @Transactional
    public List<AuditEntryView> caseHistory(UUID caseId) {
        return entries.caseHistory(caseId).stream().map(AuditEntryView::of).toList();
    }

    private String toJson(Changes changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(changes.asMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes are plain values and always serialisable", e);
        }
    }
}
