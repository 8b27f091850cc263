package np.khaacho.query.demand;

import java.time.Instant;

/** Words buyers asked for that matched nothing on sale, most asked first: how often, by how many buyers. */
public record UnsoldDemand(String asked, long asks, long buyers, Instant lastAsked, String example) {
}
