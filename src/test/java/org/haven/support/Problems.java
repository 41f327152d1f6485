package org.haven.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** Assertions on the one error shape (RFC 9457 problem+json with code and errors[]). */
public final class Problems {

    private Problems() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("status", equalTo(status))
                .body("detail", notNullValue())
                .body("code", equalTo(code))
                .body("errors", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("org.haven")))
                .body(not(containsString("\tat ")));
    }

    public static ValidatableResponse assertFieldProblem(ValidatableResponse response, int status, String code,
            String field) {
        return assertProblem(response, status, code)
                .body("errors.field", hasItem(field))
                .body("errors.message", everyItem(notNullValue()));
    }
}
