package uk.send.identifiers;

import java.time.LocalDate;
import java.time.ZoneId;

/** The day it is where the partnership works: dates of birth, school years and deadlines are England's days. */
public final class England {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private England() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
