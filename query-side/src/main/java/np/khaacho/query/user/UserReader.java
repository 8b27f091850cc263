package np.khaacho.query.user;

import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads a user and their profile from the users projection. */
@Component
class UserReader {

    private final UserRows users;

    UserReader(UserRows users) {
        this.users = users;
    }

    Optional<UserView> find(String userId) {
        return users.findById(userId).map(UserRow::view);
    }
}
