package app.handshake.platform.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Makes the schemas of Java records say what their JSON really holds. Jackson writes every component of a
 * record, null ones as {@code null}, so in an answer every property is present ({@code required}) and those
 * that may be null have {@code "null"} among their types.
 *
 * <p>Which components may be null follows JSpecify: in a record that is {@link NullMarked} (or inside a
 * marked class or package) only those annotated {@link Nullable} may; elsewhere every component of a
 * reference type may, unless annotated {@link NonNull} or refused when null by Bean Validation
 * ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}). Primitives never are. A schema that is also
 * read from requests (a record used both ways) keeps the {@code required} of its Bean Validation
 * constraints: what a client must send, which an answer also satisfies.
 */
@Component
class RecordSchemas implements ModelConverter, OpenApiCustomizer {

    /**
     * Which record each schema was made from. Static: springdoc registers converters in swagger's global
     * list, where the one of the newest application context replaces the others (tests start several).
     */
    private static final Map<String, Class<?>> RECORDS = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("rawtypes")
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema != null && type.getType() != null) {
            Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
            if (raw.isRecord()) {
                String name = OpenApiSchemas.componentName(schema.get$ref());
                if (name == null) {
                    name = context.getDefinedModels().entrySet().stream().filter(e -> e.getValue() == schema)
                            .map(Map.Entry::getKey).findFirst().orElse(null);
                }
                if (name != null) {
                    RECORDS.putIfAbsent(name, raw);
                }
            }
        }
        return schema;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> readFromRequests = SchemaReach.fromRequests(api);
        schemas.forEach((name, schema) -> {
            Class<?> record = RECORDS.get(name);
            Map<String, Schema> properties = schema.getProperties();
            if (record == null || properties == null) {
                return;
            }
            List<String> present = new ArrayList<>();
            for (RecordComponent component : flattened(record)) {
                Schema property = properties.get(component.getName());
                if (property == null) {
                    continue;
                }
                present.add(component.getName());
                if (mayBeNull(component)) {
                    properties.put(component.getName(), OpenApiSchemas.allowingNull(property));
                }
            }
            if (!readFromRequests.contains(name)) {
                schema.setRequired(present);
            }
        });
    }

    /** The record's components, with those of a record it unwraps ({@code @JsonUnwrapped}) in its place. */
    private static List<RecordComponent> flattened(Class<?> record) {
        List<RecordComponent> components = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            // The annotation reaches the accessor, not the component: it is not declared for record components.
            if (component.getAccessor().isAnnotationPresent(com.fasterxml.jackson.annotation.JsonUnwrapped.class)
                    && component.getType().isRecord()) {
                components.addAll(flattened(component.getType()));
            } else {
                components.add(component);
            }
        }
        return components;
    }

    static boolean mayBeNull(RecordComponent component) {
        if (component.getType().isPrimitive()) {
            return false;
        }
        if (annotated(component, Nullable.class)) {
            return true;
        }
        if (annotated(component, NonNull.class) || annotated(component, NotNull.class)
                || annotated(component, NotBlank.class) || annotated(component, NotEmpty.class)) {
            return false;
        }
        return !nullMarked(component.getDeclaringRecord());
    }

    private static boolean annotated(RecordComponent component, Class<? extends Annotation> annotation) {
        return component.getAnnotatedType().isAnnotationPresent(annotation) || component.isAnnotationPresent(annotation);
    }

    private static boolean nullMarked(Class<?> type) {
        for (Class<?> scope = type; scope != null; scope = scope.getEnclosingClass()) {
            if (scope.isAnnotationPresent(NullUnmarked.class)) {
                return false;
            }
            if (scope.isAnnotationPresent(NullMarked.class)) {
                return true;
            }
        }
        return type.getPackage() != null && type.getPackage().isAnnotationPresent(NullMarked.class);
    }

    /** Which schemas a request body or parameter refers to, directly or through other schemas. */
    static final class SchemaReach {

        private SchemaReach() {}

        @SuppressWarnings("rawtypes")
        static Set<String> fromRequests(OpenAPI api) {
            Set<String> reached = new HashSet<>();
            Map<String, Schema> schemas = api.getComponents().getSchemas();
            if (api.getPaths() != null) {
                api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                        operation.getRequestBody().getContent().values()
                                .forEach(media -> walk(media.getSchema(), schemas, reached));
                    }
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(parameter -> walk(parameter.getSchema(), schemas, reached));
                    }
                }));
            }
            return reached;
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        private static void walk(Schema<?> schema, Map<String, Schema> schemas, Set<String> reached) {
            if (schema == null) {
                return;
            }
            String name = OpenApiSchemas.componentName(schema.get$ref());
            if (name != null) {
                if (reached.add(name)) {
                    walk(schemas.get(name), schemas, reached);
                }
                return;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(p -> walk((Schema<?>) p, schemas, reached));
            }
            walk(schema.getItems(), schemas, reached);
            if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                walk(values, schemas, reached);
            }
            for (List<Schema> choices : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (choices != null) {
                    choices.forEach(choice -> walk(choice, schemas, reached));
                }
            }
        }
    }
}
