package org.haven.defender;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** What the API document promises about defenders stays true as the code changes. */
class PublishedFormsTest {

    @Test
    void setsOfEnumsHoldAtMostEveryConstantOnce() {
        assertEquals(AreaOfWork.values().length, AreaOfWork.COUNT);
        assertEquals(ConsentScope.values().length, ConsentScope.COUNT);
    }

    @Test
    void theDocumentedSortOrdersAreExactlyTheAcceptedOnes() {
        Method list = Arrays.stream(DefenderResource.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("list")).findFirst().orElseThrow();
        java.lang.reflect.Parameter sort = Arrays.stream(list.getParameters())
                .filter(p -> p.getAnnotation(jakarta.ws.rs.QueryParam.class).value().equals("sort"))
                .findFirst().orElseThrow();
        Set<String> documented = new TreeSet<>(
                Arrays.asList(sort.getAnnotation(Parameter.class).schema().enumeration()));
        Set<String> accepted = new TreeSet<>();
        for (DefenderSort order : DefenderSort.values()) {
            accepted.add(order.parameter());
            accepted.add("-" + order.parameter());
        }
        assertEquals(accepted, documented);
        documented.forEach(value -> assertDoesNotThrow(() -> DefenderSort.parse(value), value));
    }

    @Test
    void referencesHaveThePublishedFormUpToTheColumnLength() {
        for (long n : new long[] { 1, 999_999, 1_000_000, 999_999_999_999L }) {
            String reference = DefenderRepository.reference(n);
            assertTrue(reference.matches(Defender.REFERENCE_PATTERN), reference);
            assertTrue(reference.length() <= Defender.REFERENCE_MAX_LENGTH, reference);
        }
    }
}
