package org.haven.shared.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A creation that clients may retry with an {@code Idempotency-Key} header: the method's first
 * answer is stored with its effects, in the same PostgreSQL transaction, and a retry gets it back
 * without running the method again ({@link IdempotencyInterceptor}). For JAX-RS resource methods that
 * declare the header as a {@code @HeaderParam(IdempotencyStore.HEADER)} parameter and take one body.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Idempotent {
}
