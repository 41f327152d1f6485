package bench;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** One authenticated endpoint that reads the entity. */
@Path("/things/{id}")
public class ThingResource {

    private final EntityManager em;

    ThingResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @RolesAllowed("protection-officer")
    @Transactional
    public Thing get(@PathParam("id") UUID id) {
        return em.find(Thing.class, id);
    }
}
