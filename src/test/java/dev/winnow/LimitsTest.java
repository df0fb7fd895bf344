package dev.winnow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitsTest {
    @Test
    void hugeValuesAreClampedSoArithmeticCannotOverflow() {
        Limits l = new Limits(Long.MAX_VALUE, 10, 10, Duration.ofSeconds(Long.MAX_VALUE / 2));
        assertEquals(Limits.MAX_INPUT_BYTES, l.maxInputBytes());
        assertEquals(Limits.MAX_DEADLINE, l.deadline());
        assertEquals(Limits.MAX_INPUT_BYTES, Limits.NONE.maxInputBytes());
    }

    @Test
    void aPageUnderNoLimitsIsCleanedNotEmptied() {
        CleanResult r = Winnow.news().withLimits(Limits.NONE)
                .clean(Page.text("A sentence long enough to be the body of an article, with a comma in it.".getBytes(), "UTF-8", null));
        assertEquals("A sentence long enough to be the body of an article, with a comma in it.", r.body());
    }

    @Test
    void zeroOrNegativeLimitsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Limits(0, 1, 1, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Limits(1, 1, 1, Duration.ZERO));
    }
}
