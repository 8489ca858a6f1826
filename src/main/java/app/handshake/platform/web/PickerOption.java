package app.handshake.platform.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of a type-ahead list ({@code fragments/picker :: options}): what a chip sends, what it shows, and a second
 * line that tells two of the same name apart (a person's organization, a partner's specialties).
 */
public record PickerOption(UUID id, String name, @Nullable String detail) {}
