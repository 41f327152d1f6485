package org.haven.shared.privacy;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks personal data whose disclosure could endanger a defender (identity, whereabouts, contacts,
 * what happened to them). Such a field is never part of a list response or a default read, never
 * logged, and recorded in the audit log only as "changed", never with its value.
 *
 * <p>The marks on entity fields are the source of truth ({@link SensitiveFields} reads them for the
 * audit log); request and response records repeat the mark as documentation, and a test checks that
 * the two agree.
 */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, RECORD_COMPONENT })
public @interface Sensitive {
}
