package app.handshake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.HandshakeTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Nodes starting together on an empty database make one first admin between them, and none fails to start. */
@HandshakeTest
@TestPropertySource(properties = "handshake.admin.create-on-empty=false")
@DirtiesContext
class FirstAdminTest {

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        if (System.getenv("HANDSHAKE_TEST_DB_URL") == null) {
            registry.add("spring.datasource.url",
                    () -> "jdbc:h2:mem:handshake-first-admin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        } else {
            registry.add("spring.flyway.default-schema", () -> "first_admin");
            registry.add("spring.datasource.hikari.schema", () -> "first_admin");
        }
    }

    @Autowired
    Users users;

    @Test
    void fourNodesStartingAtOnceMakeOneAdmin() throws Exception {
        assertThat(users.isEmpty()).isTrue();
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        List<Future<?>> started = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            FirstAdmin node = new FirstAdmin(users,
                    new FirstAdmin.Settings("first@admin.example", "the-first-password", "First", true));
            started.add(nodes.submit(node::ensureAdmin));
        }
        for (Future<?> node : started) {
            node.get();  // none of them failed
        }
        nodes.shutdown();

        assertThat(users.list()).singleElement().satisfies(admin -> {
            assertThat(admin.email()).isEqualTo("first@admin.example");
            assertThat(admin.role()).isEqualTo(Role.admin);
        });
    }
}
