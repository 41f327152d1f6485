package org.haven.fund;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class FundRepository implements PanacheRepositoryBase<Fund, UUID> {

    /** The fund row locked until the transaction ends (SELECT ... FOR UPDATE): serialises budget changes. */
    Fund lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
