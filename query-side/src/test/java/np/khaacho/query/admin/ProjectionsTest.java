package np.khaacho.query.admin;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionsTest {

    @Test
    void anEventLeftAsAGapIsNotProcessedThoughTheSegmentReadPastIt() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(10, List.of(7L));

        assertThat(Projections.processed(token, 7)).as("committed after the segment read 8 to 10").isFalse();
        assertThat(Projections.processed(token, 8)).isTrue();
        assertThat(Projections.processed(token, 10)).isTrue();
        assertThat(Projections.processed(token, 11)).isFalse();
        assertThat(Projections.processed(null, 1)).isFalse();
    }

    @Test
    void aReplayingSegmentHasProcessedOnlyWhatItReplayedSoFar() {
        var replay = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(100, List.of()),
                GapAwareTrackingToken.newInstance(40, List.of()));

        assertThat(Projections.processed(replay, 40)).isTrue();
        assertThat(Projections.processed(replay, 41)).isFalse();
        assertThat(Projections.processed(new GlobalSequenceTrackingToken(5), 5)).isTrue();
    }
}
