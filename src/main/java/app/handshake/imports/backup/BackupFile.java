package app.handshake.imports.backup;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/** The names and version of the backup format, shared by the writer and the restorer. */
final class BackupFile {

    static final String MARK = "handshake";
    static final String KIND = "backup";
    static final int FORMAT = 1;

    private BackupFile() {}

    /** Where the parser stands, in the words of the error messages: "line 3, column 17". */
    static String place(JsonParser parser) {
        return place(parser.currentLocation());
    }

    static String place(TokenStreamLocation location) {
        return location == null ? null : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The associated data of a sealed value: its table, column and row. */
    static String sealPlace(String table, String column, String rowKey) {
        return table + "." + column + ":" + rowKey;
    }
}
