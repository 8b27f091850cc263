package np.khaacho.app.demo;

import np.khaacho.command.api.CommandSender;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.command.product.ProductDirectory;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.credit.OpenCreditAccount;
import np.khaacho.kernel.invoice.InvoiceMoment;
import np.khaacho.kernel.invoice.VatClass;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.RegisterBuyer;
import np.khaacho.kernel.party.RegisterStaff;
import np.khaacho.kernel.party.RegisterVendor;
import np.khaacho.kernel.party.SetBuyerPan;
import np.khaacho.kernel.party.SetVendorTaxProfile;
import np.khaacho.kernel.party.StaffId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ListProduct;
import np.khaacho.kernel.product.ProductDetails;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.stock.ReceiveStock;
import np.khaacho.kernel.stock.StockId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo vendors (with their tax standing), buyers, staff, catalog, opening stock and credit accounts through
 * commands, so their events exist like any others. Ids are derived from the demo codes and every
 * step checks first, so a second start (or a start after an interrupted one) loads nothing twice.
 */
@Component
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Actor LOADER = Actor.system(Channel.DEMO_DATA);

    private final CommandSender commands;
    private final UserDirectory users;
    private final ProductDirectory products;
    private final EventStore eventStore;

    public DemoData(CommandSender commands, UserDirectory users, ProductDirectory products, EventStore eventStore) {
        this.commands = commands;
        this.users = users;
        this.products = products;
        this.eventStore = eventStore;
    }

    public static VendorId vendorId(String vendorCode) {
        return VendorId.derivedFrom("vendor:" + vendorCode);
    }

    public static BuyerId buyerId(String buyerCode) {
        return BuyerId.derivedFrom("buyer:" + buyerCode);
    }

    public static ProductId productId(String sku) {
        return ProductId.derivedFrom("sku:" + sku);
    }

    /** The credit limit each demo buyer's account opens with, by account. */
    public static Map<CreditAccountId, Money> creditLimits() {
        Map<CreditAccountId, Money> limits = new LinkedHashMap<>();
        rows("demo/buyers.csv").forEach(row -> limits.put(CreditAccountId.of(buyerId(row.get("buyer_code"))),
                Money.of(row.get("credit_limit_npr"))));
        return limits;
    }

    /** The stock each demo product opens with, by stock; a product that opens with none is left out. */
    public static Map<StockId, Quantity> openingStock() {
        Map<StockId, Quantity> stock = new LinkedHashMap<>();
        rows("demo/catalog.csv").stream().filter(row -> !Quantity.of(row.get("stock")).isZero())
                .forEach(row -> stock.put(StockId.of(productId(row.get("sku"))), Quantity.of(row.get("stock"))));
        return stock;
    }

    /** @return how many commands were sent (0 when everything was already there) */
    public int load() {
        int sent = 0;
        for (Map<String, String> row : rows("demo/staff.csv")) {
            if (users.byPhone(row.get("phone")).isEmpty()) {
                commands.send(new RegisterStaff(StaffId.derivedFrom("staff:" + row.get("phone")),
                        Role.valueOf(row.get("role")), row.get("name"), row.get("phone")), LOADER);
                sent++;
            }
        }
        for (Map<String, String> row : rows("demo/vendors.csv")) {
            if (users.byPhone(row.get("phone")).isEmpty()) {
                commands.send(new RegisterVendor(vendorId(row.get("vendor_code")), row.get("phone"),
                        row.get("business_name"), row.get("city"), list(row.get("delivery_areas")),
                        Money.of(row.get("min_order_amount_npr"))), LOADER);
                sent++;
            }
            VendorId vendorId = vendorId(row.get("vendor_code"));
            if (users.pan(vendorId.value()).isEmpty()) {
                commands.send(new SetVendorTaxProfile(vendorId, row.get("pan"),
                        Boolean.parseBoolean(row.get("vat_registered")), true, InvoiceMoment.valueOf(row.get("invoice_at"))),
                        LOADER);
                sent++;
            }
        }
        for (Map<String, String> row : rows("demo/buyers.csv")) {
            BuyerId buyerId = buyerId(row.get("buyer_code"));
            if (users.byPhone(row.get("phone")).isEmpty()) {
                commands.send(new RegisterBuyer(buyerId, row.get("phone"), row.get("business_name"),
                        row.get("owner_name"), row.get("city"), row.get("address")), LOADER);
                sent++;
            }
            if (!row.get("pan").isEmpty() && users.pan(buyerId.value()).isEmpty()) {
                commands.send(new SetBuyerPan(buyerId, row.get("pan")), LOADER);
                sent++;
            }
            CreditAccountId accountId = CreditAccountId.of(buyerId);
            if (isNew(accountId.value())) {
                commands.send(new OpenCreditAccount(accountId, buyerId, Money.of(row.get("credit_limit_npr")),
                        PaymentTerms.valueOf(row.get("payment_terms"))), LOADER);
                sent++;
            }
        }
        for (Map<String, String> row : rows("demo/catalog.csv")) {
            String sku = row.get("sku");
            ProductId productId = productId(sku);
            if (products.bySku(sku).isEmpty()) {
                commands.send(new ListProduct(productId, vendorId(row.get("vendor_code")), sku,
                        new ProductDetails(row.get("name"), row.get("name_ne"), list(row.get("aliases")),
                                row.get("category"), row.get("unit"), emptyToNull(row.get("pack_size")),
                                VatClass.valueOf(row.get("vat_class"))),
                        Money.of(row.get("price_npr")), Quantity.of(row.get("min_order_qty"))), LOADER);
                sent++;
            }
            StockId stockId = StockId.of(productId);
            if (isNew(stockId.value()) && !Quantity.of(row.get("stock")).isZero()) {
                commands.send(new ReceiveStock(stockId, productId, Quantity.of(row.get("stock")), "opening stock"),
                        LOADER);
                sent++;
            }
        }
        log.info("demo data: {} commands sent", sent);
        return sent;
    }

    private boolean isNew(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).isEmpty();
    }

    private static List<Map<String, String>> rows(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return Csv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static List<String> list(String pipeSeparated) {
        return Arrays.stream(pipeSeparated.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
