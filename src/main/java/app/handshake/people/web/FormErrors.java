package app.handshake.people.web;

import app.handshake.shared.InvalidRequestException;
import org.springframework.validation.BindingResult;

/** Puts a domain rule's refusal next to the form field it concerns. */
final class FormErrors {

    private FormErrors() {}

    /** {@code emails[2].address} in the domain is the {@code emails} box in a form; location parts likewise. */
    static void reject(BindingResult result, InvalidRequestException e, java.util.Set<String> formFields) {
        if (e.field() != null && e.field().startsWith("sites[") && formFields.contains("sites")) {
            result.rejectValue(e.field(), "invalid", e.getMessage());
            return;
        }
        String field = e.field() == null ? null : e.field().replaceFirst("\\[.*$", "").replaceFirst("^location\\.?", "");
        if (field != null && field.isEmpty()) {
            field = "latitude";
        }
        if (field != null && formFields.contains(field)) {
            result.rejectValue(field, "invalid", e.getMessage());
        } else {
            result.reject("invalid", e.getMessage());
        }
    }
}
