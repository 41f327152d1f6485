package org.haven;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;

/**
 * Health and metrics answer on the management interface only: the public HTTP port, which the
 * gateway routes to, does not serve them. The API document stays on the HTTP port.
 */
@QuarkusTest
class ManagementInterfaceTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void healthAndMetricsAnswerOnTheManagementPort() {
        given().spec(onManagementPort()).get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
        given().spec(onManagementPort()).get("/q/health/live").then().statusCode(200);
        given().spec(onManagementPort()).get("/q/health/started").then().statusCode(200);
        given().spec(onManagementPort()).get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("agroal_awaiting_count"));
    }

    /** The management server's origin; the injected URL carries its root path (/q). */
    private RequestSpecification onManagementPort() {
        return new RequestSpecBuilder().setBaseUri("http://" + management.getHost()).setPort(management.getPort())
                .build();
    }

    @Test
    void thePublicPortServesNeitherHealthNorMetricsButTheApiDocument() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/health").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200);
    }
}
