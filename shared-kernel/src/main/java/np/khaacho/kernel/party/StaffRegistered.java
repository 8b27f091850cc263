package np.khaacho.kernel.party;

import np.khaacho.kernel.common.Role;

/** An admin or an auditor got an account. */
public record StaffRegistered(StaffId staffId, Role role, String name, String phone) {
}
