package np.khaacho.saga.fulfilment;

import np.khaacho.kernel.credit.ReleaseCredit;
import np.khaacho.kernel.credit.ReserveCredit;
import np.khaacho.kernel.stock.CommitStock;
import np.khaacho.kernel.stock.ReleaseStock;
import np.khaacho.kernel.stock.ReserveStock;

import static np.khaacho.saga.fulfilment.FulfilmentEvents.CREDIT_ACCOUNT;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.LENTILS_ORDERED;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.LENTIL_STOCK;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.ORDER_ID;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.RICE_ORDERED;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.RICE_STOCK;
import static np.khaacho.saga.fulfilment.FulfilmentEvents.TOTAL;

/** The commands the saga sends for the order of {@link FulfilmentEvents}, again and again. */
final class FulfilmentCommands {

    static final String DECLINED = "order declined";
    static final String REJECTED = "rejected by the vendor";
    static final String EXPIRED = "order expired";
    static final String CANCELLED = "order cancelled";

    private FulfilmentCommands() {
    }

    static ReserveCredit reserveTotalCredit() {
        return new ReserveCredit(CREDIT_ACCOUNT, ORDER_ID, TOTAL);
    }

    static ReserveStock reserveRice() {
        return new ReserveStock(RICE_STOCK, ORDER_ID, RICE_ORDERED);
    }

    static ReserveStock reserveLentils() {
        return new ReserveStock(LENTIL_STOCK, ORDER_ID, LENTILS_ORDERED);
    }

    static Object[] reserveStockOfEveryLine() {
        return new Object[] {reserveRice(), reserveLentils()};
    }

    static Object[] commitStockOfEveryLine() {
        return new Object[] {new CommitStock(RICE_STOCK, ORDER_ID), new CommitStock(LENTIL_STOCK, ORDER_ID)};
    }

    static ReleaseStock releaseRice(String reason) {
        return new ReleaseStock(RICE_STOCK, ORDER_ID, reason);
    }

    static ReleaseStock releaseLentils(String reason) {
        return new ReleaseStock(LENTIL_STOCK, ORDER_ID, reason);
    }

    static ReleaseCredit releaseCredit(String reason) {
        return new ReleaseCredit(CREDIT_ACCOUNT, ORDER_ID, reason);
    }

    static Object[] releaseStockOfEveryLine(String reason) {
        return new Object[] {releaseRice(reason), releaseLentils(reason)};
    }

    static Object[] releaseStockOfEveryLineAndCredit(String reason) {
        return new Object[] {releaseRice(reason), releaseLentils(reason), releaseCredit(reason)};
    }
}
