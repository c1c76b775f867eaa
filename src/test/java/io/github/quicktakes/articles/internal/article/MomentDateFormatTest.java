package io.github.quicktakes.articles.internal.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MomentDateFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-11-27 | MMM DD, YYYY     | Nov 27, 2024",
        "2024-01-05 | MMM DD, YYYY     | Jan 05, 2024",
        "2024-01-05 | MMMM D, YYYY     | January 5, 2024",
        "2024-03-02 | dddd, Do MMMM YY | Saturday, 2nd March 24",
        "2024-12-31 | YYYY-MM-DD       | 2024-12-31",
        "2024-12-31 | DDD [days in] Y  | 366 days in 2024",
        "2025-02-11 | Do [of] MMM      | 11th of Feb",
        "0007-02-05 | YYYY/MM/DD DDDD  | 0007/02/05 036",
        "2024-06-03 | ddd dd ddd d     | Mon Mo Mon 1",
    })
    void translatesMomentTokensNotJavaPatterns(String date, String pattern, String expected) {
        assertThat(MomentDateFormat.format(LocalDate.parse(date), pattern)).isEqualTo(expected);
    }

    @Property
    void padsNumbersAsStringFormatDoes(@ForAll @IntRange(min = -100_000, max = 100_000) int value,
            @ForAll @IntRange(min = 1, max = 6) int width) {
        assertThat(MomentDateFormat.padded(value, width)).isEqualTo(String.format("%0" + width + "d", value));
    }
}
