package app.handshake.imports;

import app.handshake.imports.incoming.OccurrenceLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of imports, under {@code handshake.imports}.
 *
 * @param occurrencesPerEvent at most this many meetings from one calendar event (a recurring one is cut
 *     there, with a warning naming it)
 * @param occurrencesPerFile at most this many meetings from one calendar file; the events after are left out
 */
@ConfigurationProperties("handshake.imports")
public record ImportSettings(@DefaultValue("" + OccurrenceLimits.PER_EVENT) int occurrencesPerEvent,
        @DefaultValue("" + OccurrenceLimits.PER_FILE) int occurrencesPerFile) {

    public ImportSettings {
        // checked here so that a bad setting stops the start-up, not the first calendar import
        new OccurrenceLimits(occurrencesPerEvent, occurrencesPerFile);
    }

    public OccurrenceLimits occurrences() {
        return new OccurrenceLimits(occurrencesPerEvent, occurrencesPerFile);
    }
}
