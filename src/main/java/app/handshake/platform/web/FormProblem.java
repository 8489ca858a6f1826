package app.handshake.platform.web;

/**
 * One error of a page form as a sentence that names its field ("Latitude must be at most 90"); {@code field} and
 * {@code href} are null when the form as a whole is refused.
 */
public record FormProblem(String field, String href, String message) {}
