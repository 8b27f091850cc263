package np.khaacho.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every aggregate that is snapshotted comes back from its snapshot with its identifier: Axon writes the
 * snapshot with Jackson, which sees only what the class lets it see. One that does not fails to load once its
 * first snapshot is taken, and every command to it fails from then on.
 */
class SnapshottedAggregatesTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    @Test
    void everySnapshottedAggregateKeepsItsIdentifierThroughItsSnapshot() throws Exception {
        List<Class<?>> snapshotted = snapshottedAggregates();
        assertThat(snapshotted).extracting(Class::getSimpleName).contains("Stock", "BuyerCredit", "InvoiceBook");
        for (Class<?> type : snapshotted) {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object aggregate = constructor.newInstance();
            Field id = Arrays.stream(type.getDeclaredFields())
                    .filter(f -> f.isAnnotationPresent(AggregateIdentifier.class)).findFirst().orElseThrow();
            id.setAccessible(true);
            Object value = sampleId(id.getType());
            id.set(aggregate, value);

            SerializedObject<byte[]> snapshot = serializer.serialize(aggregate, byte[].class);
            Object restored = serializer.deserialize(snapshot);

            assertThat(id.get(restored)).as(type.getSimpleName() + "'s identifier after its snapshot").isEqualTo(value);
        }
    }

    private static List<Class<?>> snapshottedAggregates() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Aggregate.class));
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("np.khaacho.command")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (!type.getAnnotation(Aggregate.class).snapshotTriggerDefinition().isEmpty()) {
                found.add(type);
            }
        }
        return found;
    }

    /** An identifier of the field's type: a string, or a typed id (its {@code PREFIX} first) made by its {@code of(String)}. */
    private static Object sampleId(Class<?> type) throws ReflectiveOperationException {
        String value = "snapshot-test-1";
        if (type == String.class) {
            return value;
        }
        return type.getMethod("of", String.class).invoke(null, type.getField("PREFIX").get(null) + value);
    }
}
