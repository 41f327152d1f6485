package org.haven.shared.idempotency;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.haven.shared.idempotency.IdempotencyStore.StoredResponse;
import org.haven.shared.security.CurrentActor;
import org.haven.shared.web.ETags;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Idempotency at the HTTP edge, for every {@link Idempotent} resource method. With a key, it claims
 * the key, runs the method and stores its answer in one transaction that the services join, so the
 * answer is kept exactly when the effects are: a concurrent retry waits on the key's row until the
 * first commits (then gets the stored answer) or rolls back (then runs itself). The key is scoped to
 * the operation (method and path, ids filled in) and the caller's token subject.
 *
 * <p>Runs inside Bean Validation, so a malformed body is refused before any key is claimed.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
class IdempotencyInterceptor {

    private final IdempotencyStore store;
    private final CurrentActor currentActor;

    IdempotencyInterceptor(IdempotencyStore store, CurrentActor currentActor) {
        this.store = store;
        this.currentActor = currentActor;
    }

    @AroundInvoke
    Object once(InvocationContext call) throws Exception {
        String key = IdempotencyStore.validKey((String) argument(call, HeaderParam.class, IdempotencyStore.HEADER));
        if (key == null) {
            return call.proceed();
        }
        String scope = operation(call) + "|" + currentActor.get().subject();
        String fingerprint = store.fingerprint(body(call));
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<StoredResponse> earlier = store.claim(scope, key, fingerprint);
            if (earlier.isPresent()) {
                return replay(earlier.get());
            }
            Response answer = (Response) proceed(call);
            store.complete(scope, key, new StoredResponse(answer.getStatus(), store.toJson(answer.getEntity()),
                    answer.getLocation() == null ? null : answer.getLocation().getPath(), ETags.of(answer.getEntity())));
            return answer;
        });
    }

    private static Object proceed(InvocationContext call) throws Exception {
        return call.proceed();
    }

    /** The first answer again: status, Location, ETag and the same JSON. */
    static Response replay(StoredResponse stored) {
        Response.ResponseBuilder replay = Response.status(stored.status()).type(MediaType.APPLICATION_JSON)
                .entity(stored.body());
        if (stored.location() != null) {
            replay.location(URI.create(stored.location()));
        }
        if (stored.etag() != null) {
            replay.header(HttpHeaders.ETAG, stored.etag());
        }
        return replay.build();
    }

    /** E.g. "POST /grants/5f0c…/disbursements": the method and its path with the ids of this call. */
    static String operation(InvocationContext call) {
        Method method = call.getMethod();
        String verb = null;
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                verb = http.value();
            }
        }
        Path base = method.getDeclaringClass().getAnnotation(Path.class);
        Path sub = method.getAnnotation(Path.class);
        String path = (base == null ? "" : base.value()) + (sub == null ? "" : "/" + sub.value());
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            PathParam name = parameters[i].getAnnotation(PathParam.class);
            if (name != null) {
                path = path.replace("{" + name.value() + "}", String.valueOf(call.getParameters()[i]));
            }
        }
        return verb + " " + path.replaceAll("/+", "/");
    }

    private static Object argument(InvocationContext call, Class<HeaderParam> type, String name) {
        Parameter[] parameters = call.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            HeaderParam header = parameters[i].getAnnotation(type);
            if (header != null && header.value().equalsIgnoreCase(name)) {
                return call.getParameters()[i];
            }
        }
        throw new IllegalStateException("an @Idempotent method declares the " + name + " header");
    }

    /** The request body: the one parameter without a JAX-RS parameter annotation. */
    private static Object body(InvocationContext call) {
        Parameter[] parameters = call.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            boolean jaxRs = false;
            for (Annotation annotation : parameters[i].getAnnotations()) {
                jaxRs |= annotation.annotationType().getPackageName().equals("jakarta.ws.rs");
            }
            if (!jaxRs) {
                return call.getParameters()[i];
            }
        }
        throw new IllegalStateException("an @Idempotent method takes a body");
    }
}
