package org.haven.request;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.haven.shared.web.ProblemException;
import org.junit.jupiter.api.Test;

/** What the API document says about requests is what the code does. */
class RequestDocumentationTest {

    @Test
    void assistanceTypeCountIsTheNumberOfTypes() {
        assertEquals(AssistanceType.values().length, AssistanceType.COUNT);
    }

    @Test
    void everyPublishedSortOrderIsAcceptedAndOthersAreNot() {
        java.lang.reflect.Parameter sortParameter = Arrays.stream(RequestResource.class.getMethods())
                .filter(m -> m.getName().equals("list")).flatMap(m -> Arrays.stream(m.getParameters()))
                .filter(p -> p.getAnnotation(QueryParam.class) != null
                        && p.getAnnotation(QueryParam.class).value().equals("sort"))
                .findFirst().orElseThrow();
        String[] published = sortParameter.getAnnotation(Parameter.class).schema().enumeration();
        assertTrue(published.length > 0);
        for (String sort : published) {
            assertDoesNotThrow(() -> RequestSort.parse(sort), sort);
        }
        assertThrows(ProblemException.class, () -> RequestSort.parse("narrative"));
    }
}
