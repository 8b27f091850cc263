package np.khaacho.command.party;

import np.khaacho.command.Violations;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.BuyerPanSet;
import np.khaacho.kernel.party.BuyerRegistered;
import np.khaacho.kernel.party.ChooseLanguage;
import np.khaacho.kernel.party.LanguageChosen;
import np.khaacho.kernel.party.OperatorTokenIssued;
import np.khaacho.kernel.party.RecordOperatorToken;
import np.khaacho.kernel.party.RegisterBuyer;
import np.khaacho.kernel.party.RegisterStaff;
import np.khaacho.kernel.party.RegisterVendor;
import np.khaacho.kernel.party.SetBuyerPan;
import np.khaacho.kernel.party.SetVendorTaxProfile;
import np.khaacho.kernel.party.StaffRegistered;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.party.VendorRegistered;
import np.khaacho.kernel.party.VendorTaxProfileSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A person's account on Khaacho (buyer, vendor or staff), identified by the id of what they are. */
@Aggregate
public class UserAccount {

    // E.164: WhatsApp addresses people by it, so any other shape could never be reached
    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{7,14}$");

    // Nepal's permanent account number: nine digits
    private static final Pattern PAN = Pattern.compile("^\\d{9}$");

    // the languages of the pages and the WhatsApp messages
    private static final Set<String> LANGUAGES = Set.of("en", "ne");

    @AggregateIdentifier
    private String userId;

    // null until the user chooses one
    private String language;

    protected UserAccount() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public UserAccount(RegisterBuyer command) {
        Violations.check()
                .present(command.buyerId(), "buyerId")
                .require(isE164(command.phone()), "phone", "must be in E.164 form, like +9779812345678")
                .notBlank(command.businessName(), "businessName")
                .notBlank(command.ownerName(), "ownerName")
                .notBlank(command.city(), "city")
                .orRefuse("buyer registration");
        apply(new BuyerRegistered(command.buyerId(), command.phone(), command.businessName(), command.ownerName(),
                command.city(), command.address()));
    }

    @CommandHandler
    public UserAccount(RegisterVendor command) {
        Violations.check()
                .present(command.vendorId(), "vendorId")
                .require(isE164(command.phone()), "phone", "must be in E.164 form, like +9779812345678")
                .notBlank(command.businessName(), "businessName")
                .notBlank(command.city(), "city")
                .require(command.deliveryAreas() != null && !command.deliveryAreas().isEmpty()
                                && command.deliveryAreas().stream().noneMatch(UserAccount::isBlank),
                        "deliveryAreas", "must name at least one area, none blank")
                .notNegative(command.minOrderAmount(), "minOrderAmount")
                .orRefuse("vendor registration");
        apply(new VendorRegistered(command.vendorId(), command.phone(), command.businessName(), command.city(),
                command.deliveryAreas(), command.minOrderAmount()));
    }

    @CommandHandler
    public UserAccount(RegisterStaff command) {
        Violations.check()
                .present(command.staffId(), "staffId")
                .require(command.role() == Role.ADMIN || command.role() == Role.AUDITOR, "role", "must be ADMIN or AUDITOR")
                .notBlank(command.name(), "name")
                .require(isE164(command.phone()), "phone", "must be in E.164 form, like +9779812345678")
                .orRefuse("staff registration");
        apply(new StaffRegistered(command.staffId(), command.role(), command.name(), command.phone()));
    }

    @CommandHandler
    public void handle(SetVendorTaxProfile command) {
        Violations.check()
                .require(userId.startsWith(VendorId.PREFIX), "vendorId", "is not a vendor")
                .require(isPan(command.pan()), "pan", "must be the nine digits of a PAN")
                .require(command.invoiceAt() != null, "invoiceAt", "must be DISPATCH or DELIVERY")
                .orRefuse("vendor tax profile");
        apply(new VendorTaxProfileSet(command.vendorId(), command.pan(), command.vatRegistered(),
                command.pricesIncludeVat(), command.invoiceAt()));
    }

    @CommandHandler
    public void handle(SetBuyerPan command) {
        Violations.check()
                .require(userId.startsWith(BuyerId.PREFIX), "buyerId", "is not a buyer")
                .require(isPan(command.pan()), "pan", "must be the nine digits of a PAN")
                .orRefuse("buyer PAN");
        apply(new BuyerPanSet(command.buyerId(), command.pan()));
    }

    /** An operator minted a token for this user: the account's history says so, and who did it. */
    @CommandHandler
    public void handle(RecordOperatorToken command) {
        Violations.check()
                .notBlank(command.tokenId(), "tokenId")
                .require(command.expiresAt() != null, "expiresAt", "is required")
                .orRefuse("operator token");
        apply(new OperatorTokenIssued(userId, command.tokenId(), command.expiresAt()));
    }

    /** The user's language for the pages and WhatsApp; choosing the one already chosen records nothing. */
    @CommandHandler
    public void handle(ChooseLanguage command) {
        Violations.check()
                .require(command.language() != null && LANGUAGES.contains(command.language()), "language", "must be en or ne")
                .orRefuse("language");
        if (!command.language().equals(language)) {
            apply(new LanguageChosen(userId, command.language()));
        }
    }

    private static boolean isE164(String phone) {
        return phone != null && E164.matcher(phone).matches();
    }

    private static boolean isPan(String pan) {
        return pan != null && PAN.matcher(pan).matches();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @EventSourcingHandler
    void on(BuyerRegistered event) {
        userId = event.buyerId().value();
    }

    @EventSourcingHandler
    void on(VendorRegistered event) {
        userId = event.vendorId().value();
    }

    @EventSourcingHandler
    void on(StaffRegistered event) {
        userId = event.staffId().value();
    }

    @EventSourcingHandler
    void on(LanguageChosen event) {
        language = event.language();
    }
}
