package org.haven.organisation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class OrganisationMemberRepository implements PanacheRepositoryBase<OrganisationMember, UUID> {

    /** The current links of an organisation, oldest first. */
    List<OrganisationMember> current(UUID organisationId) {
        return list("organisationId = ?1 and endedAt is null order by linkedAt, defenderReference", organisationId);
    }

    long countCurrent(UUID organisationId) {
        return count("organisationId = ?1 and endedAt is null", organisationId);
    }

    OrganisationMember currentLink(UUID organisationId, UUID defenderId) {
        return find("organisationId = ?1 and defenderId = ?2 and endedAt is null", organisationId, defenderId)
                .firstResult();
    }

    /** Erasure: every link of the defender, current or ended, goes. */
    long deleteAllOf(UUID defenderId) {
        return delete("defenderId", defenderId);
    }
}
