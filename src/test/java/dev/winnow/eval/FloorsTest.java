package dev.winnow.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.WinnowException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorsTest {
    private static final Floors FLOORS = new Floors("abc", 0.002, Map.of("html", 0.9600, "text", 0.9000));

    private static Score f1(double f1) {
        return new Score("x", f1, f1, f1, 0, 181);
    }

    @Test
    void withinTheMarginPassesBelowItFails() {
        assertEquals(List.of(), FLOORS.violations("abc", Map.of("html", f1(0.9585), "text", f1(0.95))));
        List<String> v = FLOORS.violations("abc", Map.of("html", f1(0.9575), "text", f1(0.95)));
        assertEquals(1, v.size());
        assertTrue(v.get(0).startsWith("html F1 0.9575 is below its floor 0.9600"), v.get(0));
    }

    @Test
    void anotherCorpusIsAViolation() {
        assertTrue(FLOORS.violations("other", Map.of("html", f1(0.99), "text", f1(0.99))).get(0).contains("corpus changed"));
    }

    @Test
    void floorsRiseButDoNotFallWithoutPermission() {
        Floors raised = FLOORS.update("abc", Map.of("html", f1(0.96337)), false);
        assertEquals(0.9633, raised.f1().get("html"));
        assertEquals(0.9000, raised.f1().get("text"));
        assertThrows(WinnowException.class, () -> FLOORS.update("abc", Map.of("html", f1(0.95)), false));
        assertEquals(0.95, FLOORS.update("abc", Map.of("html", f1(0.95)), true).f1().get("html"));
    }

    @Test
    void roundTripsThroughItsFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("floors.json");
        FLOORS.write(file);
        assertEquals(FLOORS, Floors.read(file));
    }
}
