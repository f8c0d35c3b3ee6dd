package org.offramp.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Checks that an error names what the user needs: source, line, key path, bad value, allowed. */
final class ErrorAssert {
    private ErrorAssert() {
    }

    static ScenarioException assertRefused(Executable action, String source, int line, String path, String value,
                                           String allowed) {
        ScenarioException e = assertThrows(ScenarioException.class, action);
        String m = e.getMessage();
        String where = line > 0 ? source + ":" + line + ":" : source + ":";
        assertTrue(m.startsWith(where), () -> "message should start with '" + where + "': " + m);
        assertEquals(source, e.source(), m);
        assertEquals(line, e.line(), m);
        assertEquals(path, e.path(), m);
        assertTrue(m.contains(path), () -> "message should name the path '" + path + "': " + m);
        assertTrue(m.contains(value), () -> "message should show the value '" + value + "': " + m);
        assertTrue(m.contains(allowed), () -> "message should say what is allowed ('" + allowed + "'): " + m);
        return e;
    }
}
