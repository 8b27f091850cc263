package np.khaacho.query.analytics;

import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.List;

/** The daily figures, by day. */
interface DayRows extends Repository<DayRow, LocalDate> {

    /** The days from {@code from} to {@code to}, both included, that have figures. */
    List<DayRow> findByDayBetween(LocalDate from, LocalDate to);
}
