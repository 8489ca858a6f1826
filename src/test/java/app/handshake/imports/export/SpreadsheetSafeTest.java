package app.handshake.imports.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {

    // OWASP's list (= + - @ tab CR LF, and NUL from ASVS), their full-width and small forms, the minus sign.
    private static final List<String> FORMULA_STARTS = List.of("=", "+", "-", "@", "\t", "\r", "\n", "\0", "\uFF1D",
            "\uFF0B", "\uFF0D", "\uFF20", "\uFE66", "\uFE62", "\uFE63", "\uFE6B", "\u2212");

    @Test
    void everyFormulaStartGetsAnApostropheThatImportTakesOffAgain() {
        for (String start : FORMULA_STARTS) {
            for (String value : List.of(start, start + "1+1", start + "HYPERLINK(\"http://evil.example\")",
                    start + "cmd|' /C calc'!A0")) {
                String cell = SpreadsheetSafe.cell(value);
                assertThat(cell).as(value).isEqualTo("'" + value);
                assertThat(SpreadsheetSafe.unescape(cell)).as(value).isEqualTo(value);
            }
        }
    }

    @Test
    void aValueThatReallyBeginsWithAnApostropheSurvives() {
        for (String value : List.of("'", "''", "'''", "'quoted'", "'=1+1", "''=1+1", "'\uFF1D1", "'+44 20 7946 0958",
                "' =1", "'abc")) {
            assertThat(SpreadsheetSafe.unescape(SpreadsheetSafe.cell(value))).as(value).isEqualTo(value);
        }
        // An apostrophe before an ordinary character needs no second one.
        assertThat(SpreadsheetSafe.cell("'abc")).isEqualTo("'abc");
        assertThat(SpreadsheetSafe.cell("'=1")).isEqualTo("''=1");
    }

    @Test
    void phoneNumbersStayAsTheyAre() {
        for (String phone : List.of("+44 20 7946 0958", "+1 (612) 555-0100", "+49 30/1234.56", "+44 20 7946 0958 ::: 030 1234",
                "+1 555 0100 ::: +44 20 7946 0958")) {
            assertThat(SpreadsheetSafe.cell(phone)).isEqualTo(phone);
            assertThat(SpreadsheetSafe.unescape(SpreadsheetSafe.cell(phone))).isEqualTo(phone);
        }
        // Anything a spreadsheet could read as a name, a link or a program is escaped after all.
        for (String risky : List.of("+44 20 x12", "+1 555 ::: =cmd|' /C calc'!A0", "+SUM(1)", "+1\t2", "-1 555 0100")) {
            assertThat(SpreadsheetSafe.cell(risky)).isEqualTo("'" + risky);
        }
    }

    @Test
    void ordinaryValuesAndEmptyCellsAreUntouched() {
        for (String value : List.of("", "Ada", "a=b", " =1", "1+1", "Ünal", "\uD83D\uDE00 smile")) {
            assertThat(SpreadsheetSafe.cell(value)).isEqualTo(value);
            assertThat(SpreadsheetSafe.unescape(value)).isEqualTo(value);
        }
        assertThat(SpreadsheetSafe.cell(null)).isEmpty();
    }
}
