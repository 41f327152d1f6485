package org.haven.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The real parts every {@code @QuarkusTest} runs against: PostgreSQL, an OIDC provider whose
 * signing key validates the tokens minted by {@link Tokens}, an SMTP server and a partner's webhook
 * receiver. Declared once, applied to all tests.
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SmtpResource.class)
@QuarkusTestResource(WebhookReceiverResource.class)
public final class HavenTestResources {

    private HavenTestResources() {
    }
}
