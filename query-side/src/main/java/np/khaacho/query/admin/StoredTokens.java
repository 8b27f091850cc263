package np.khaacho.query.admin;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where every segment of every streaming processor stands as its token was last stored, whichever
 * instance holds it: an instance knows only its own segments' progress first hand. A segment that
 * handled nothing lately stores its token at its next claim extension, a few seconds on.
 */
@Component
class StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final String select;

    StoredTokens(JdbcTemplate jdbc, Serializer serializer, TokenSchema schema) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.select = "SELECT " + schema.processorNameColumn() + " AS processor, " + schema.segmentColumn()
                + " AS segment, " + schema.tokenColumn() + " AS token, " + schema.tokenTypeColumn()
                + " AS token_type FROM " + schema.tokenTable();
    }

    /** By processor, then segment: the position its stored token has passed (empty before the first event). */
    Map<String, Map<Integer, OptionalLong>> positions() {
        Map<String, Map<Integer, OptionalLong>> positions = new HashMap<>();
        tokens().forEach((processor, segments) -> segments.forEach((segment, token) -> positions
                .computeIfAbsent(processor, name -> new HashMap<>())
                .put(segment, token.map(TrackingToken::position).orElse(OptionalLong.empty()))));
        return positions;
    }

    /** By processor, then segment: its stored token (empty before the first event). */
    Map<String, Map<Integer, Optional<TrackingToken>>> tokens() {
        Map<String, Map<Integer, Optional<TrackingToken>>> tokens = new HashMap<>();
        jdbc.query(select, rs -> {
            byte[] token = rs.getBytes("token");
            Optional<TrackingToken> stored = token == null ? Optional.empty()
                    : Optional.of(serializer.<byte[], TrackingToken>deserialize(
                            new SimpleSerializedObject<>(token, byte[].class, rs.getString("token_type"), null)));
            tokens.computeIfAbsent(rs.getString("processor"), name -> new HashMap<>())
                    .put(rs.getInt("segment"), stored);
        });
        return tokens;
    }
}
