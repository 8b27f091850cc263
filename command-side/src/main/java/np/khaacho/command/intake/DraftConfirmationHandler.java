package np.khaacho.command.intake;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.order.ConfirmDrafts;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.PlaceDraftedOrder;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * One "yes" places every draft of the message it answers (one per vendor). The drafts are placed in
 * the confirmation's unit of work: all of them, or none.
 */
@Component
class DraftConfirmationHandler {

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    DraftConfirmationHandler(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    /** @return the ids of the orders placed */
    @CommandHandler
    public List<OrderId> handle(ConfirmDrafts command, MetaData metaData) {
        List<OrderId> drafts = jdbc.queryForList(
                "SELECT order_id FROM write_model.drafts WHERE message_id = ? AND buyer_id = ? ORDER BY order_id",
                String.class, command.messageId(), command.buyerId().value()).stream().map(OrderId::of).toList();
        if (drafts.isEmpty()) {
            throw new DomainException(ErrorCode.NOT_FOUND, "no order is waiting for confirmation from that message");
        }
        drafts.forEach(orderId -> commands.sendAndWait(
                GenericCommandMessage.asCommandMessage(new PlaceDraftedOrder(orderId)).andMetaData(metaData)));
        return drafts;
    }
}
