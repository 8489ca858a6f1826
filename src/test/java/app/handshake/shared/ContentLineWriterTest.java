package app.handshake.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentLineWriterTest {

    private static String written(String text) throws IOException {
        StringWriter out = new StringWriter();
        try (ContentLineWriter lines = new ContentLineWriter(out)) {
            // In pieces, as the libraries write: a line's end may come in a later call than its start.
            for (int i = 0; i < text.length(); i += 7) {
                lines.write(text, i, Math.min(7, text.length() - i));
            }
        }
        return out.toString();
    }

    /** RFC 5545 3.1: a CRLF followed by one space or tab is taken out again. */
    private static String unfolded(String text) {
        return text.replaceAll("\r\n[ \t]", "");
    }

    private static void assertLinesFit(String written) {
        for (String line : written.split("\r\n", -1)) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void accentedTextFoldsAt75OctetsNotAt75Characters() throws IOException {
        String line = "SUMMARY:" + "Seán Ó Súilleabháin ".repeat(12);
        String written = written(line + "\r\n");
        assertLinesFit(written);
        assertThat(unfolded(written)).isEqualTo(line + "\r\n");
        // Full lines: no more folds than the octets need.
        int octets = line.getBytes(StandardCharsets.UTF_8).length;
        assertThat(written.split("\r\n")).hasSizeLessThanOrEqualTo(1 + (octets - 75 + 73) / 72);
    }

    @Test
    void asciiFillsEachLineToExactly75Octets() throws IOException {
        String line = "DESCRIPTION:" + "x".repeat(200);
        String[] physical = written(line + "\n").split("\r\n");
        assertThat(physical[0]).hasSize(75);
        assertThat(physical[1]).hasSize(75).startsWith(" ");
        assertThat(unfolded(String.join("\r\n", physical))).isEqualTo(line);
    }

    @Test
    void noFoldSplitsACharacterAnEmojiFromItsModifiersOrALetterFromItsAccent() throws IOException {
        for (String unit : List.of("😀", "👍🏽", "👨‍👩‍👧‍👦", "e\u0301", "語", "🇮🇪")) {
            for (int shift = 0; shift < 8; shift++) {
                String line = "NOTE:" + "a".repeat(shift) + unit.repeat(40);
                String written = written(line + "\r\n");
                assertLinesFit(written);
                assertThat(unfolded(written)).isEqualTo(line + "\r\n");
                for (String continued : written.split("\r\n ")) {
                    if (!continued.startsWith("NOTE:")) {
                        String first = Character.toString(unit.codePointAt(0));
                        assertThat(continued).as(unit + " at shift " + shift).startsWith(first);
                    }
                }
            }
        }
    }

    @Test
    void aClusterLongerThanALineIsSplitBetweenItsCodePoints() throws IOException {
        String line = "FN:Z" + "\u0301".repeat(100);
        String written = written(line + "\r\n");
        assertLinesFit(written);
        assertThat(unfolded(written)).isEqualTo(line + "\r\n");
    }

    @Test
    void everyLineEndsInCrlfAndShortLinesStayWhole() throws IOException {
        assertThat(written("BEGIN:VCARD\nVERSION:4.0\r\nEND:VCARD")).isEqualTo("BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n");
        assertThat(written("")).isEmpty();
    }
}
