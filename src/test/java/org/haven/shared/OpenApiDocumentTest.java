package org.haven.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document is generated from the code and checked in at docs/openapi.yaml. This test
 * fails when they drift; regenerate with {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dhaven.openapi.write=true}.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path CHECKED_IN = Path.of("docs", "openapi.yaml");

    @Test
    void checkedInDocumentMatchesTheCode() throws IOException {
        String generated = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("haven.openapi.write")) {
            Files.writeString(CHECKED_IN, generated, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(CHECKED_IN, StandardCharsets.UTF_8), generated,
                "docs/openapi.yaml is stale; regenerate it (see this test's javadoc)");
    }
}
