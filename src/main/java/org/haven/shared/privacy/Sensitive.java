package org.haven.shared.privacy;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks personal data whose disclosure could endanger a defender (identity, whereabouts, contacts,
 * what happened to them). Such a field is never part of a list response, never logged, never
 * written in clear to the audit log, and (see docs/security.md) is encrypted at rest.
 *
 * <p>This annotation on the entity fields is the single source of truth for what is sensitive; tests
 * and the audit log read it by reflection.
 */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, RECORD_COMPONENT })
public @interface Sensitive {
}
