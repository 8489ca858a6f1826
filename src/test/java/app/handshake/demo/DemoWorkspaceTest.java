package app.handshake.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.people.PersonSearch;
import app.handshake.shared.PageRequest;
import app.handshake.support.HandshakeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

@HandshakeTest
@TestPropertySource(properties = "handshake.demo.enabled=true")
@DirtiesContext
class DemoWorkspaceTest {

    @Autowired
    DemoWorkspace demo;

    @Autowired
    Organizations organizations;

    @Autowired
    People people;

    @Test
    void emptyWorkspaceGetsADozenOrganizationsAndTheirPeopleOnce() {
        assertThat(organizations.search(null, PageRequest.first(100)).items()).hasSize(12);
        assertThat(people.search(PersonSearch.EVERYONE, PageRequest.first(100)).items()).hasSize(48);

        demo.load();

        assertThat(organizations.search(null, PageRequest.first(100)).items()).hasSize(12);
        assertThat(people.search(PersonSearch.EVERYONE, PageRequest.first(100)).items()).hasSize(48);
        assertThat(people.search(new PersonSearch(null, "decision-maker", null), PageRequest.first(100)).items())
                .hasSize(12);
    }
}
