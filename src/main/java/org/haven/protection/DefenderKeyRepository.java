package org.haven.protection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The {@code defender_key} table. Only this feature uses it (ArchitectureTest). */
@ApplicationScoped
class DefenderKeyRepository implements PanacheRepositoryBase<DefenderKey, UUID> {

    /**
     * Stores a new wrapped data key unless the defender already has a row. Concurrent first uses on
     * any replica queue on the primary key; the losers insert nothing and then read the winner's key.
     */
    boolean insertIfAbsent(UUID defenderId, String kekId, byte[] wrappedKey, Instant at) {
        return getEntityManager().createNativeQuery("""
                insert into defender_key (defender_id, kek_id, wrapped_key, created_at)
                values (?1, ?2, ?3, ?4)
                on conflict (defender_id) do nothing
                """).setParameter(1, defenderId).setParameter(2, kekId).setParameter(3, wrappedKey)
                .setParameter(4, at).executeUpdate() == 1;
    }

    /** Records a destruction for a defender who never had a key, so that later seals are refused. */
    void insertDestroyedIfAbsent(UUID defenderId, Instant at) {
        getEntityManager().createNativeQuery("""
                insert into defender_key (defender_id, created_at, destroyed_at)
                values (?1, ?2, ?2)
                on conflict (defender_id) do nothing
                """).setParameter(1, defenderId).setParameter(2, at).executeUpdate();
    }

    /** The row locked until the transaction ends (SELECT ... FOR UPDATE). */
    DefenderKey lock(UUID defenderId) {
        return findById(defenderId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The next live keys not wrapped with the primary KEK, after {@code after} in key order (keyset
     * pagination), locked until the transaction ends.
     */
    List<DefenderKey> lockNotWrappedWith(String primaryKek, UUID after, int size) {
        String where = "kekId is not null and kekId <> :primary" + (after == null ? "" : " and defenderId > :after");
        var query = getEntityManager().createQuery("from DefenderKey where " + where + " order by defenderId",
                DefenderKey.class).setParameter("primary", primaryKek);
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(size).getResultList();
    }

    /** Live data keys per KEK id. */
    Map<String, Long> countByKek() {
        Map<String, Long> counts = new TreeMap<>();
        getEntityManager().createQuery("select kekId, count(*) from DefenderKey where kekId is not null group by kekId",
                Object[].class).getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    long countDestroyed() {
        return count("destroyedAt is not null");
    }
}
