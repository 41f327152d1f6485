package org.haven.shared.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** The one place that sets the ETag header: from a {@link Versioned} view, or a {@link Tagged} body. */
class ETagFilter {

    @ServerResponseFilter
    void tag(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof Tagged tagged) {
            response.setEntity(tagged.body());
        }
        String etag = ETags.of(entity);
        if (etag != null && response.getStatus() < 300 && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        }
    }
}
