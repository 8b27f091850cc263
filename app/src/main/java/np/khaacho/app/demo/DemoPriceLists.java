package np.khaacho.app.demo;

import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.pricing.CreatePriceList;
import np.khaacho.kernel.pricing.PriceListId;
import np.khaacho.kernel.pricing.PriceListKind;
import np.khaacho.kernel.pricing.PriceTier;
import np.khaacho.kernel.pricing.SetListPrice;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.List;

/**
 * The demo's price lists at Annapurna Khadya Bhandar: Jeera Masino rice is cheaper by the ten bags for
 * everyone (base list), and cheaper still for the two restaurants and stores that buy in bulk (a group
 * list), so the vendor's page shows who pays what and those buyers' summaries their own prices. Loaded
 * once: the lists' ids come from fixed keys.
 */
class DemoPriceLists {

    private static final String VENDOR_CODE = "V-KTM-01";
    private static final String RICE = "RICE-JEERA-25KG";

    private final CommandSender commands;
    private final EventStore eventStore;

    DemoPriceLists(CommandSender commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    void load() {
        VendorId vendor = DemoData.vendorId(VENDOR_CODE);
        Actor actor = new Actor(vendor.value(), Role.VENDOR, null, Channel.DEMO_DATA);
        PriceListId base = PriceListId.derivedFrom("demo-price-list:bulk");
        if (eventStore.lastSequenceNumberFor(base.value()).isPresent()) {
            return;
        }
        commands.send(new CreatePriceList(base, vendor, "Bulk (everyone)", PriceListKind.BASE, List.of(), null, null),
                actor);
        commands.send(new SetListPrice(base, DemoData.productId(RICE), List.of(tier(1, "2350"), tier(10, "2280"))),
                actor);
        PriceListId group = PriceListId.derivedFrom("demo-price-list:wholesale-large");
        commands.send(new CreatePriceList(group, vendor, "wholesale-large", PriceListKind.GROUP,
                List.of(DemoData.buyerId("BUY-003"), DemoData.buyerId("BUY-004")), null, null), actor);
        commands.send(new SetListPrice(group, DemoData.productId(RICE), List.of(tier(1, "2300"), tier(10, "2250"))),
                actor);
    }

    private static PriceTier tier(int from, String price) {
        return new PriceTier(Quantity.of(from), Money.of(price));
    }
}
