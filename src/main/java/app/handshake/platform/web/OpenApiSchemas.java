package app.handshake.platform.web;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Schema objects as OpenAPI 3.1 writes them: a type is a set, so "may be null" is {@code ["string", "null"]}. */
final class OpenApiSchemas {

    static final String COMPONENTS = "#/components/schemas/";

    private OpenApiSchemas() {}

    static Schema<Object> of(String... types) {
        Schema<Object> schema = new JsonSchema();
        schema.types(new LinkedHashSet<>(List.of(types)));
        return schema;
    }

    static Schema<Object> string() {
        return of("string");
    }

    static Schema<Object> ref(String component) {
        Schema<Object> schema = new JsonSchema();
        schema.set$ref(COMPONENTS + component);
        return schema;
    }

    static String componentName(String ref) {
        return ref != null && ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()) : null;
    }

    /** The same schema, also allowing null; a reference becomes "anyOf: [reference, null]". */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Schema<?> allowingNull(Schema<?> schema) {
        if (schema.get$ref() != null) {
            Schema<Object> either = new JsonSchema();
            either.anyOf(List.of(ref(componentName(schema.get$ref())), of("null")));
            either.description(schema.getDescription());
            return either;
        }
        if (schema.getAnyOf() != null || schema.getOneOf() != null) {
            List<Schema> choices = new ArrayList<>(schema.getAnyOf() != null ? schema.getAnyOf() : schema.getOneOf());
            if (choices.stream().noneMatch(OpenApiSchemas::isNull)) {
                choices.add(of("null"));
            }
            if (schema.getAnyOf() != null) {
                schema.anyOf(choices);
            } else {
                schema.oneOf(choices);
            }
            return schema;
        }
        Set<String> types = schema.getTypes();
        if (types == null || types.isEmpty()) {
            return schema; // any value, null included
        }
        Set<String> withNull = new LinkedHashSet<>(types);
        withNull.add("null");
        schema.types(withNull);
        if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
            List values = new ArrayList<>(schema.getEnum());
            values.add(null);
            ((Schema) schema).setEnum(values);
        }
        return schema;
    }

    private static boolean isNull(Schema<?> schema) {
        return schema.getTypes() != null && schema.getTypes().equals(Set.of("null"));
    }
}
