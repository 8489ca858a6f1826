package app.handshake.imports;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.UUID;

/**
 * What the user asked for with an upload. {@code format}, {@code charset}, {@code delimiter} and
 * {@code shared} may be null: detected, or the format's default. {@code mapping}: CSV column name to
 * field name, for spreadsheets whose columns are not recognised. {@code keepBodies}: store mail bodies.
 * {@code since}: meetings before it are left out and recurring ones expanded from it (null: five years back).
 * {@code deploymentId}: the deployment a usage file is for (only usage has one).
 */
public record ImportRequest(String fileName, ImportFormat format, Charset charset, Character delimiter,
        Map<String, String> mapping, boolean dryRun, boolean skipBad, Boolean shared, boolean keepBodies,
        java.time.OffsetDateTime since, UUID deploymentId) {

    public ImportRequest {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }

    /** A request for a file that goes into no particular deployment: everything but usage. */
    public ImportRequest(String fileName, ImportFormat format, Charset charset, Character delimiter,
            Map<String, String> mapping, boolean dryRun, boolean skipBad, Boolean shared, boolean keepBodies,
            java.time.OffsetDateTime since) {
        this(fileName, format, charset, delimiter, mapping, dryRun, skipBad, shared, keepBodies, since, null);
    }
}
