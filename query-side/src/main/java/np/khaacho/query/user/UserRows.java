package np.khaacho.query.user;

import org.springframework.data.repository.Repository;

import java.util.Optional;

/** The users read model. */
interface UserRows extends Repository<UserRow, String> {

    Optional<UserRow> findById(String userId);
}
