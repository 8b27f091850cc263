package np.khaacho.command.draft;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.order.ConfirmDrafts;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.PlaceDraftedOrder;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * One "yes" places every draft of the message it answers (one per vendor). The drafts are placed in
 * the confirmation's unit of work, each with the confirmation's metadata: all of them, or none.
 */
@Component
class DraftConfirmationHandler {

    private final Drafts drafts;
    private final CommandGateway commands;

    DraftConfirmationHandler(Drafts drafts, CommandGateway commands) {
        this.drafts = drafts;
        this.commands = commands;
    }

    /** @return the ids of the orders placed */
    @CommandHandler
    public List<OrderId> handle(ConfirmDrafts command, MetaData metaData) {
        List<OrderId> waiting = drafts.fromMessage(command.buyerId(), command.messageId());
        if (waiting.isEmpty()) {
            throw new DomainException(ErrorCode.NOT_FOUND, "no order is waiting for confirmation from that message");
        }
        waiting.forEach(orderId -> commands.sendAndWait(
                GenericCommandMessage.asCommandMessage(new PlaceDraftedOrder(orderId)).andMetaData(metaData)));
        return waiting;
    }
}
