package app.handshake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Handshake, the relationship-first CRM. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HandshakeApplication {

    /** Starts the server; with a command first ({@code import}, {@code export}) runs that and exits. */
    public static void main(String[] args) {
        if (args.length > 0 && app.handshake.imports.CommandLine.COMMANDS.contains(args[0])) {
            System.exit(app.handshake.imports.CommandLine.run(HandshakeApplication.class, args));
        }
        SpringApplication.run(HandshakeApplication.class, args);
    }
}
