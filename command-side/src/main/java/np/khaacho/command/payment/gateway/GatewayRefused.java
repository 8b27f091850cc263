package np.khaacho.command.payment.gateway;

/** The gateway answered, and would not open the payment (a wrong key, an amount it does not take). */
class GatewayRefused extends RuntimeException {

    GatewayRefused(String message) {
        super(message);
    }
}
