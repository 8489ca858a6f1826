package app.handshake.platform;

import app.handshake.shared.Plausible;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON requests get what they send, not a guess: a number or true where text belongs is a wrong type,
 * answered with 400, rather than silently turned into "42"; 1.5 is not 1; a number is not a date; a field
 * given twice is an error, not "the last one wins"; text with control characters or half a surrogate pair
 * and dates outside the years 1 to 9999 are refused with their field instead of failing in the database.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer noScalarToTextCoercion() {
        return builder -> builder.withCoercionConfig(LogicalType.Textual, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    @Bean
    JsonMapperBuilderCustomizer strictValues() {
        SimpleModule strict = new SimpleModule("handshake-strict-values");
        strict.addDeserializer(String.class, new StrictText());
        strict.addDeserializer(OffsetDateTime.class, new StrictTime<>(OffsetDateTime.class, OffsetDateTime::parse,
                OffsetDateTime::getYear));
        strict.addDeserializer(LocalDate.class, new StrictTime<>(LocalDate.class, LocalDate::parse, LocalDate::getYear));
        return builder -> builder.addModule(strict)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** Text as sent, refused when it holds what cannot be stored (see {@link Plausible#textProblem}). */
    static final class StrictText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) {
            String value = super.deserialize(p, context);
            String problem = value == null ? null : Plausible.textProblem(value);
            if (problem != null) {
                throw new RefusedValue(p, problem, value, String.class);
            }
            return value;
        }
    }

    /** An ISO-8601 string only (no number of seconds), within the years 1 to 9999. */
    static final class StrictTime<T> extends ValueDeserializer<T> {

        private final Class<T> type;
        private final java.util.function.Function<String, T> parse;
        private final java.util.function.ToIntFunction<T> year;

        StrictTime(Class<T> type, java.util.function.Function<String, T> parse, java.util.function.ToIntFunction<T> year) {
            this.type = type;
            this.parse = parse;
            this.year = year;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return type.cast(context.handleUnexpectedToken(type, p));
            }
            String text = p.getString().strip();
            T value;
            try {
                value = parse.apply(text);
            } catch (DateTimeParseException e) {
                throw new RefusedValue(p, "is not an ISO-8601 " + (type == LocalDate.class
                        ? "date such as 2025-03-14" : "time with an offset such as 2025-03-14T09:30:00Z"), text, type);
            }
            if (!Plausible.year(year.applyAsInt(value))) {
                throw new RefusedValue(p, "must be between the years 1 and 9999", text, type);
            }
            return value;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
