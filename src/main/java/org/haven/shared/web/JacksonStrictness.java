package org.haven.shared.web;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.TypeFactory;

import org.haven.shared.validation.PlainText;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads request bodies strictly: an officer's typo must be refused with a clear answer, not
 * silently dropped or coerced (a "12.5" birth year, a number for an enum, a string for a number).
 */
@Singleton
public class JacksonStrictness implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("haven-plain-text").addDeserializer(String.class, new PlainStrings()));
        mapper.registerModule(new SimpleModule("haven-unique-sets").setDeserializerModifier(new UniqueSets()));
    }

    /** Every {@code Set} in a body is read by {@link UniqueElements}. */
    static final class UniqueSets extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return Set.class.isAssignableFrom(type.getRawClass()) ? new UniqueElements(type) : deserializer;
        }
    }

    /**
     * Reads a JSON array into a set, refusing a null or repeated element (400 naming the entry, e.g.
     * {@code areasOfWork[2]}). A plain set would fold repeats silently, so an array of any length
     * would pass; refusing them makes the published {@code uniqueItems} and {@code maxItems} hold.
     * Sets of comparable elements are sorted, so their order (in responses and audit entries) is stable.
     */
    static final class UniqueElements extends StdDeserializer<Set<Object>> {

        private final JavaType listType;
        private final boolean sorted;

        UniqueElements(CollectionType setType) {
            super(setType);
            this.listType = TypeFactory.defaultInstance().constructCollectionType(List.class, setType.getContentType());
            this.sorted = Comparable.class.isAssignableFrom(setType.getContentType().getRawClass());
        }

        @Override
        public Set<Object> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            List<Object> listed = context.readValue(parser, listType);
            Set<Object> elements = sorted ? new TreeSet<>() : new LinkedHashSet<>();
            for (int i = 0; i < listed.size(); i++) {
                if (listed.get(i) == null || !elements.add(listed.get(i))) {
                    RepeatedElement refused = new RepeatedElement(parser);
                    refused.prependPath(listed, i);
                    throw refused;
                }
            }
            return elements;
        }
    }

    /** A null or repeated element of a set. */
    static final class RepeatedElement extends MismatchedInputException {

        RepeatedElement(JsonParser parser) {
            super(parser, "null or repeated element of a set");
        }
    }

    /** Every string of a request body is {@link PlainText}; anything else is refused naming the field. */
    static final class PlainStrings extends StdScalarDeserializer<String> {

        PlainStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (!PlainText.isPlain(value)) {
                throw InvalidFormatException.from(parser, PlainText.RULE, null, String.class);
            }
            return value;
        }
    }
}
