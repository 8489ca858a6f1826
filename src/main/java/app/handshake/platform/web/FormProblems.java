package app.handshake.platform.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The errors of one submitted page form, in the order its fields appear; templates render them with
 * {@code fragments/form-errors :: summary(${formProblems})} at the top and {@code formProblems.of('field')} beside
 * a field.
 */
public record FormProblems(List<FormProblem> all) {

    /** The model attribute the page templates read. */
    public static final String ATTRIBUTE = "formProblems";

    public FormProblems {
        all = List.copyOf(all);
    }

    public static FormProblems none() {
        return new FormProblems(List.of());
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public int count() {
        return all.size();
    }

    public boolean has(String field) {
        return all.stream().anyMatch(p -> Objects.equals(p.field(), field));
    }

    /** The sentences about one field, for the line beside it. */
    public String of(String field) {
        return all.stream().filter(p -> Objects.equals(p.field(), field)).map(FormProblem::message)
                .collect(Collectors.joining(" "));
    }
}
