package app.handshake.imports.incoming;

/** A value such as a phone number with its label ("work", "mobile"; may be null). */
public record Labelled(String value, String label) {}
