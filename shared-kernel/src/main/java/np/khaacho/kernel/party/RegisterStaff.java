package np.khaacho.kernel.party;

import np.khaacho.kernel.common.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers an admin or an auditor. */
public record RegisterStaff(
        @TargetAggregateIdentifier StaffId staffId,
        Role role,
        String name,
        String phone) {
}
