package app.handshake.people;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, UUID> {

    @Query("select person_id from person_email where address = :address")
    Optional<UUID> findIdByEmail(String address);
}
