package org.haven.grant;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class DisbursementRepository implements PanacheRepositoryBase<Disbursement, UUID> {

    List<Disbursement> ofGrant(UUID grantId) {
        return list("grantId", Sort.by("trancheNumber"), grantId);
    }
}
