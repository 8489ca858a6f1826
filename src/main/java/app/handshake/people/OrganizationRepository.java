package app.handshake.people;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganizationRepository extends ListCrudRepository<Organization, UUID> {

    @Query("select id from organization where domain = :domain")
    Optional<UUID> findIdByDomain(String domain);
}
