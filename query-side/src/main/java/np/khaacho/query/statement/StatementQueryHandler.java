package np.khaacho.query.statement;

import np.khaacho.kernel.query.FindStatements;
import np.khaacho.kernel.query.Statements;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers which statements a month has, for the monthly sending and a buyer asking in the chat. */
@Component
class StatementQueryHandler {

    private final StatementReader reader;

    StatementQueryHandler(StatementReader reader) {
        this.reader = reader;
    }

    @QueryHandler
    Statements handle(FindStatements query) {
        return reader.summaries(query.month(), query.buyerId(), null);
    }
}
