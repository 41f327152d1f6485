package org.haven.activity;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class ActivityParticipantRepository implements PanacheRepositoryBase<ActivityParticipant, UUID> {

    List<ActivityParticipant> of(UUID activityId) {
        return list("activityId = ?1 order by addedAt, defenderReference", activityId);
    }

    ActivityParticipant find(UUID activityId, UUID defenderId) {
        return find("activityId = ?1 and defenderId = ?2", activityId, defenderId).firstResult();
    }

    long countOf(UUID activityId) {
        return count("activityId", activityId);
    }

    /** Erasure: the defender leaves every participant list. */
    long deleteAllOf(UUID defenderId) {
        return delete("defenderId", defenderId);
    }
}
