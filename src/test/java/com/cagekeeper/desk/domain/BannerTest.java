package com.cagekeeper.desk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BCP rule 8: the desk's banner for the facility's operating state")
class BannerTest {

    @Test
    @DisplayName("LOCKDOWN is an alert that says every customer entry is denied, with the reason")
    void lockdown() {
        Banner b = Banner.of("LOCKDOWN", "Fire alarm", null);
        assertEquals(Banner.Level.ALERT, b.level());
        assertTrue(b.shown());
        assertTrue(b.text().contains("every customer entry is denied") && b.text().contains("Fire alarm"));
    }

    @Test
    @DisplayName("DISRUPTED is a warning that names the backup facility; NORMAL shows nothing")
    void disruptedAndNormal() {
        Banner d = Banner.of("DISRUPTED", null, "ATL2 Atlanta West");
        assertEquals(Banner.Level.WARNING, d.level());
        assertEquals("DISRUPTION", d.headline());
        assertTrue(d.text().contains("ATL2 Atlanta West"));
        assertFalse(Banner.of("NORMAL", null, null).shown());
    }

    @Test
    @DisplayName("a state this desk does not know is shown as an alert, since unknown states deny")
    void unknownState() {
        assertEquals(Banner.Level.ALERT, Banner.of("EVACUATED", null, null).level());
        assertEquals(Banner.Level.ALERT, Banner.of(null, null, null).level());
    }
}
