package np.khaacho.command.whatsapp;

import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.whatsapp.WhatsAppMessageReceived;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

/**
 * Where every inbound WhatsApp message enters, whoever delivered it (Twilio's webhook or the local
 * simulator): stored once per MessageSid, announced as {@link WhatsAppMessageReceived} in the same
 * transaction, and the workers woken once it is committed.
 */
@Component
class InboundIntake {

    private final InboundStore store;
    private final InboundWorkers workers;
    private final UserDirectory users;
    private final EventGateway events;
    private final TransactionTemplate transactions;

    InboundIntake(InboundStore store, InboundWorkers workers, UserDirectory users, EventGateway events,
                  TransactionTemplate transactions) {
        this.store = store;
        this.workers = workers;
        this.users = users;
        this.events = events;
        this.transactions = transactions;
    }

    /** @return whether the message is new (false: it was delivered before and is already stored) */
    boolean accept(InboundMessage message) {
        String userId = users.byPhone(message.phone()).map(UserDirectory.User::id).orElse(null);
        Boolean stored = transactions.execute(tx -> {
            boolean fresh = store.storeIfAbsent(message, userId);
            if (fresh) {
                events.publish(new WhatsAppMessageReceived(message.messageSid(), message.phone(), userId, Instant.now()));
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        workers.wake();
                    }
                });
            }
            return fresh;
        });
        return Boolean.TRUE.equals(stored);
    }
}
