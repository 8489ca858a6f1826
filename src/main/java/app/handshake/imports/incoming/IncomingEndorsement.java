package app.handshake.imports.incoming;

import java.time.LocalDate;

/**
 * An endorsement from a spreadsheet: the partner by name, the endorser by e-mail address (a person's or a team
 * member's) or by a person's name, the specialty by any word of the vocabulary, before they are matched.
 */
public record IncomingEndorsement(Origin origin, String partner, String endorser, LocalDate endorsedOn, int rating,
        String said, String specialty) implements Incoming {}
