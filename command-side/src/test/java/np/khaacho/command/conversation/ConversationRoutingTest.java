package np.khaacho.command.conversation;

import np.khaacho.command.parsing.Intent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The router's table: every intent has exactly one handler, and a start without that fails. */
class ConversationRoutingTest {

    @Test
    void everyIntentHasExactlyOneHandlerAmongTheHandlersSpringWouldFind() throws Exception {
        List<IntentHandler> handlers = handlersSpringWouldFind();

        assertThat(Conversation.table(handlers)).containsOnlyKeys(Intent.values());
        assertThat(handlers).extracting(IntentHandler::intent).doesNotHaveDuplicates();
    }

    @Test
    void refusesAnIntentWithoutAHandler() {
        List<IntentHandler> allButHelp = Arrays.stream(Intent.values()).filter(intent -> intent != Intent.OTHER)
                .map(ConversationRoutingTest::handlerOf).toList();

        assertThatThrownBy(() -> Conversation.table(allButHelp))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OTHER");
    }

    @Test
    void refusesTwoHandlersForOneIntent() {
        List<IntentHandler> handlers = new ArrayList<>(Arrays.stream(Intent.values())
                .map(ConversationRoutingTest::handlerOf).toList());
        handlers.add(handlerOf(Intent.STATUS));

        assertThatThrownBy(() -> Conversation.table(handlers))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("two handlers for STATUS");
    }

    /** The handler components of this package, each made with no collaborators: naming its intent needs none. */
    private static List<IntentHandler> handlersSpringWouldFind() throws Exception {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AssignableTypeFilter(IntentHandler.class));
        List<IntentHandler> handlers = new ArrayList<>();
        for (BeanDefinition found : scan.findCandidateComponents(Conversation.class.getPackageName())) {
            Class<?> type = Class.forName(found.getBeanClassName());
            if (AnnotatedElementUtils.hasAnnotation(type, Component.class)) {
                Constructor<?> constructor = type.getDeclaredConstructors()[0];
                handlers.add((IntentHandler) constructor.newInstance(new Object[constructor.getParameterCount()]));
            }
        }
        assertThat(handlers).as("handlers found").isNotEmpty();
        return handlers;
    }

    private static IntentHandler handlerOf(Intent intent) {
        return new IntentHandler() {
            @Override
            public Intent intent() {
                return intent;
            }

            @Override
            public Settlement handle(Turn turn) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
