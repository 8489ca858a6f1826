package app.handshake.platform.web;

import app.handshake.shared.InvalidRequestException;
import jakarta.validation.ConstraintViolation;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The fields of one page form in the order the page shows them, each with the words of its label and the id of its
 * input. It turns binding and validation errors, and a domain rule's refusal, into sentences that name the field
 * ("Interval in days must be at most 3650") instead of the validator's bare "must be less than or equal to 3650".
 *
 * <p>Rows of a list are declared once with empty brackets ({@code sites[].city}); their errors name the row.
 */
public final class FormFields {

    private static final Pattern ROW = Pattern.compile("\\[(\\d+)]");
    private static final Pattern PREDICATE = Pattern.compile(
            "(must|is|are|has|have|was|cannot|can|does|do|differs|should|may)\\b");

    private record Field(String id, String label, int order) {}

    private final Map<String, Field> fields = new LinkedHashMap<>();

    private FormFields() {}

    public static FormFields of() {
        return new FormFields();
    }

    /** A field whose input has the field's name as its id (as {@code th:field} gives it). */
    public FormFields field(String name, String label) {
        return field(name, name.replace("[]", ""), label);
    }

    public FormFields field(String name, String id, String label) {
        fields.put(name, new Field(id, label, fields.size()));
        return this;
    }

    /** Every error of a bound and validated form: the whole-form ones first, then field by field. */
    public FormProblems problems(BindingResult result) {
        List<FormProblem> problems = new ArrayList<>();
        for (ObjectError error : result.getGlobalErrors()) {
            problems.add(new FormProblem(null, null, error.getDefaultMessage()));
        }
        result.getFieldErrors().stream().sorted(Comparator.comparingInt(this::order))
                .forEach(error -> problems.add(worded(error.getField(), predicate(error))));
        return new FormProblems(problems);
    }

    /** A domain rule's refusal of a form that is read field by field rather than bound. */
    public FormProblems problems(InvalidRequestException e) {
        String field = e.field() == null ? null : e.field().replaceFirst("^location\\.", "");
        if (field == null || declared(field) == null) {
            return new FormProblems(List.of(new FormProblem(null, null, sentence(e.getMessage()))));
        }
        return new FormProblems(List.of(worded(field, e.getMessage())));
    }

    /** One problem with one field, worded as the validator or a rule put it. */
    public FormProblems problem(String field, String predicate) {
        return new FormProblems(List.of(worded(field, predicate)));
    }

    private FormProblem worded(String field, String predicate) {
        Field declared = declared(field);
        if (declared == null) {
            return new FormProblem(field, null, sentence(predicate));
        }
        Matcher row = ROW.matcher(field);
        String label = declared.label();
        String id = declared.id();
        if (row.find()) {
            int index = Integer.parseInt(row.group(1));
            label = label + " (row " + (index + 1) + ")";
            id = field.replace("[", "").replace("]", "");
        }
        return new FormProblem(field, "#" + id, name(label, predicate));
    }

    private Field declared(String field) {
        return fields.get(ROW.matcher(field).replaceAll("[]"));
    }

    private int order(FieldError error) {
        Field declared = declared(error.getField());
        Matcher row = ROW.matcher(error.getField());
        int index = row.find() ? Integer.parseInt(row.group(1)) : 0;
        return declared == null ? Integer.MAX_VALUE : declared.order() * 1000 + index;
    }

    /** "is required", "must be at most 90": what is wrong, to follow the field's name. */
    static String predicate(FieldError error) {
        if (error.contains(TypeMismatchException.class)) {
            Class<?> type = error.unwrap(TypeMismatchException.class).getRequiredType();
            if (type == null) {
                return "is not valid";
            }
            if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
                return "must be a number";
            }
            if (Temporal.class.isAssignableFrom(type)) {
                return "must be a date such as 2026-03-31";
            }
            return "is not one of the choices";
        }
        if (error.contains(ConstraintViolation.class)) {
            Map<String, Object> limits = error.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAttributes();
            String code = error.getCode() == null ? "" : error.getCode();
            switch (code) {
                case "NotBlank", "NotNull", "NotEmpty" -> {
                    return "is required";
                }
                case "Size" -> {
                    int min = (Integer) limits.get("min");
                    int max = (Integer) limits.get("max");
                    String unit = error.getRejectedValue() instanceof CharSequence ? " characters" : " entries";
                    return min > 0 && max < Integer.MAX_VALUE ? "must be between " + min + " and " + max + unit
                            : max < Integer.MAX_VALUE ? "must be at most " + max + unit : "must be at least " + min + unit;
                }
                case "Max", "DecimalMax" -> {
                    return "must be at most " + limits.get("value");
                }
                case "Min", "DecimalMin" -> {
                    return "must be at least " + limits.get("value");
                }
                case "Past" -> {
                    return "must be in the past";
                }
                case "PastOrPresent" -> {
                    return "must not be in the future";
                }
                case "Future" -> {
                    return "must be in the future";
                }
                case "Email" -> {
                    return "must be an email address";
                }
                case "Positive" -> {
                    return "must be more than 0";
                }
                default -> {
                    return reworded(error.getDefaultMessage());
                }
            }
        }
        return reworded(error.getDefaultMessage());
    }

    /** A predicate ("must be ...", "is ...") follows the field's name; anything else follows a colon. */
    public static String name(String label, String predicate) {
        String text = reworded(predicate);
        if (text.isEmpty()) {
            return label + " is not valid";
        }
        return PREDICATE.matcher(text).lookingAt() ? label + " " + text : label + ": " + text;
    }

    private static String sentence(String message) {
        String text = reworded(message);
        return text.isEmpty() ? "The form could not be saved" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String reworded(String message) {
        if (message == null) {
            return "";
        }
        return message.strip().replace("less than or equal to", "at most")
                .replace("greater than or equal to", "at least");
    }
}
