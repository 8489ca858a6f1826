package app.handshake.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsAreFoldedSplitAndStoredWithEveryPrefix() {
        assertThat(SearchWords.termsOf("José Ångström")).containsExactly("j", "jo", "jos", "jose", "a", "an", "ang",
                "angs", "angst", "angstr", "angstro", "angstrom");
        assertThat(SearchWords.queryWords("  ANGSTR   josé jose ")).containsExactly("angstr", "jose");
    }

    @Test
    void anAddressTypedWithItsAtIsOneWordAndOtherwiseItsWords() {
        assertThat(SearchWords.termsOf("grace@navy.example")).contains("grace", "navy", "example", "grace@",
                "grace@navy.example");
        assertThat(SearchWords.queryWords("Grace@Navy.example")).containsExactly("grace@navy.example");
        assertThat(SearchWords.queryWords("@navy.example")).containsExactly("example", "navy");
        assertThat(SearchWords.queryWords("a%_b")).containsExactly("a", "b");
    }

    @Test
    void longWordsCountByTheirBeginning() {
        String long30 = "abcdefghijklmnopqrstuvwxyz0123";
        assertThat(SearchWords.queryWords(long30)).containsExactly(long30.substring(0, SearchWords.MAX_LENGTH));
        assertThat(SearchWords.termsOf(long30)).hasSize(SearchWords.MAX_LENGTH);
    }
}
