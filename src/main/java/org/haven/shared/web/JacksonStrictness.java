package org.haven.shared.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

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
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.TypeFactory;

import org.haven.shared.time.Years;
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
        // {"reason":"a","reason":"b"} is refused, not read as last-wins (ProblemMappers names the key).
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // "" or " " for a number, date, enum or object is refused, not read as null.
        mapper.coercionConfigDefaults().setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("haven-plain-text").addDeserializer(String.class, new PlainStrings()));
        mapper.registerModule(new SimpleModule("haven-body-rules").setDeserializerModifier(new BodyRules()));
    }

    /**
     * Dates and times in a body are ISO strings (never epoch numbers, which JavaTimeModule would
     * otherwise take) and fall in years 1 to 9999 ({@link Years}); else 400 naming the field.
     */
    static final class WithinYears extends DelegatingDeserializer {

        private final Predicate<Object> inRange;

        WithinYears(JsonDeserializer<?> parser, Predicate<Object> inRange) {
            super(parser);
            this.inRange = inRange;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> parser) {
            return new WithinYears(parser, inRange);
        }

        @Override
        public Object deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (json.currentToken() != com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                throw MismatchedInputException.from(json, handledType(), "a date or time is an ISO string");
            }
            Object value = super.deserialize(json, context);
            if (!inRange.test(value)) {
                throw InvalidFormatException.from(json, "year out of range", null, handledType());
            }
            return value;
        }
    }

    /**
     * Sets in a body are read by {@link UniqueElements}, and dates and times by {@link WithinYears}.
     * Applied as modifiers, so they wrap whatever reader Jackson picked (JavaTimeModule's for times)
     * whatever order modules are registered in.
     */
    static final class BodyRules extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            // Jackson maps a declared Set to HashSet and SortedSet to TreeSet before this point;
            // concrete types it cannot fill with the same guarantees (EnumSet) keep their own reader.
            Class<?> target = type.getRawClass();
            boolean comparable = Comparable.class.isAssignableFrom(type.getContentType().getRawClass());
            if (target.isAssignableFrom(LinkedHashSet.class)) {
                return new UniqueElements(type, false);
            }
            if (target.isAssignableFrom(TreeSet.class) && comparable) {
                return new UniqueElements(type, true);
            }
            return deserializer;
        }

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == Instant.class) {
                return new WithinYears(deserializer, value -> Years.contains((Instant) value));
            }
            if (type == LocalDate.class) {
                return new WithinYears(deserializer, value -> Years.contains((LocalDate) value));
            }
            return deserializer;
        }
    }

    /**
     * Reads a JSON array into a set, refusing a null or repeated element (400 naming the entry, e.g.
     * {@code areasOfWork[2]}). A plain set would fold repeats silently, so an array of any length
     * would pass; refusing them makes the published {@code uniqueItems} and {@code maxItems} hold.
     * Comparable elements come out in their natural order.
     */
    static final class UniqueElements extends StdDeserializer<Set<Object>> {

        private final JavaType listType;
        private final boolean sorted;
        private final boolean comparable;

        UniqueElements(CollectionType setType, boolean sorted) {
            super(setType);
            this.listType = TypeFactory.defaultInstance().constructCollectionType(List.class, setType.getContentType());
            this.sorted = sorted;
            this.comparable = Comparable.class.isAssignableFrom(setType.getContentType().getRawClass());
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
            if (!sorted && comparable) {
                // Same elements, same order, whatever order the client sent: an idempotent retry
                // with a reordered set must match the first request.
                List<Object> ordered = new java.util.ArrayList<>(elements);
                ordered.sort(null);
                return new LinkedHashSet<>(ordered);
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
