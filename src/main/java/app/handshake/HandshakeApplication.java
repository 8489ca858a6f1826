package app.handshake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Handshake, the relationship-first CRM. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HandshakeApplication {

    public static void main(String[] args) {
        SpringApplication.run(HandshakeApplication.class, args);
    }
}
