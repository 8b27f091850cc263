package np.khaacho.query.analytics;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.List;

/** The daily figures, by day. */
interface DayRows extends Repository<DayRow, LocalDate> {

    /**
     * The days from {@code from} to {@code to}, both included, that have figures. Written, not derived
     * from the method's name: Hibernate translates a derived query anew on every call.
     */
    @Query("from DayRow d where d.day between :from and :to order by d.day")
    List<DayRow> between(LocalDate from, LocalDate to);
}
