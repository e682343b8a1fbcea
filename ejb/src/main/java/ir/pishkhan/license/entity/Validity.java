package ir.pishkhan.license.entity;

import java.time.LocalDate;

/** A licence's first term: valid for {@code years} from {@code from} (the day of issue). */
public record Validity(LocalDate from, int years) {

    public LocalDate until() {
        return from.plusYears(years);
    }
}
