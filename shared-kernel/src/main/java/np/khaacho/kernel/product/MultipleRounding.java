package np.khaacho.kernel.product;

/**
 * What a WhatsApp order of a product sold only in multiples becomes when it asks for a quantity that is not
 * one: the next multiple up, the one down (up when down is none), or a question to the buyer.
 */
public enum MultipleRounding {
    UP,
    DOWN,
    ASK
}
