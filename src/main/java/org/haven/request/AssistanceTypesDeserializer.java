package org.haven.request;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.TypeFactory;

/**
 * Reads the assistance types of a request body, refusing a type listed twice (400 naming the entry).
 * A plain set would silently fold duplicates, so the server would accept arrays of any length;
 * refusing them makes the published {@code uniqueItems} and {@code maxItems} ({@link AssistanceType#COUNT}) hold.
 */
class AssistanceTypesDeserializer extends StdDeserializer<Set<AssistanceType>> {

    private static final JavaType LIST = TypeFactory.defaultInstance()
            .constructCollectionType(List.class, AssistanceType.class);

    AssistanceTypesDeserializer() {
        super(Set.class);
    }

    @Override
    public Set<AssistanceType> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        List<AssistanceType> listed = ctxt.readValue(p, LIST);
        Set<AssistanceType> types = new TreeSet<>();
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i) == null || !types.add(listed.get(i))) {
                JsonMappingException e = JsonMappingException.from(p, "null or repeated assistance type");
                e.prependPath(listed, i);
                throw e;
            }
        }
        return types;
    }
}
