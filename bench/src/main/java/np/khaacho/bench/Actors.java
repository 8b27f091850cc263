package np.khaacho.bench;

import java.util.List;

/** Who the load acts as: the admin, the Kathmandu vendor and the demo buyers, each with a signed token. */
final class Actors {

    private final String admin;
    private final String vendor;
    private final String vendorId;
    private final List<Buyer> buyers;

    Actors(Tokens tokens) {
        this.admin = tokens.forPhone(Bench.ADMIN);
        this.vendor = tokens.forPhone(Bench.VENDOR);
        this.vendorId = Tokens.subject(vendor);
        this.buyers = Bench.BUYERS.keySet().stream().sorted().map(phone -> {
            String token = tokens.forPhone(phone);
            return new Buyer(phone, Tokens.subject(token), token);
        }).toList();
    }

    String admin() {
        return admin;
    }

    String vendor() {
        return vendor;
    }

    String vendorId() {
        return vendorId;
    }

    List<Buyer> buyers() {
        return buyers;
    }

    record Buyer(String phone, String id, String token) {
    }
}
