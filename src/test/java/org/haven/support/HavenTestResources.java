package org.haven.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The real parts every {@code @QuarkusTest} runs against: PostgreSQL and an OIDC provider whose
 * signing key validates the tokens minted by {@link Tokens}. Declared once, applied to all tests.
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class HavenTestResources {

    private HavenTestResources() {
    }
}
