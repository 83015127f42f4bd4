package com.cagekeeper.packaged;

import static com.cagekeeper.support.Api.withToken;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.cagekeeper.support.Api;
import com.cagekeeper.support.Fixtures;
import com.cagekeeper.support.PackagedServiceEnvironment;
import com.cagekeeper.support.ServiceReplica;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Two replicas of the packaged service (production profile) on one MariaDB, as Kubernetes runs
 * them: every decision reads the database, so what one replica records the other sees at once;
 * Idempotency-Keys are one store; the clustered Quartz scheduler runs each firing of each job on
 * one replica, and recovers the jobs of a replica that dies. Both replicas start together on an
 * empty database (Flyway's lock serializes the migration) and run every job each 5 seconds. The
 * last test stops the surviving replica with SIGTERM, as Kubernetes stops a pod, while doors check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Two replicas on one database")
class ReplicasIT {

    static final String EVERY_5_SECONDS = "0/5 * * * * ?";
    static final List<String> JOBS = List.of("inactivity-sweep", "termination-sweep", "idempotency-purge");
    /** One line per job run, from {@code shared/scheduling/ScheduledRuns}. */
    static final Pattern RUN = Pattern.compile("Scheduled job (\\S+) ran its firing of (\\S+) on instance (\\S+)");

    final PackagedServiceEnvironment environment = new PackagedServiceEnvironment();
    PackagedServiceEnvironment.Controls controls;
    Map<String, String> settings;
    ServiceReplica a;
    ServiceReplica b;

    @BeforeAll
    void startTwoReplicas() {
        settings = environment.start();
        controls = environment.new Controls();
        // One after the other, as a rolling start does: on a new database, replicas that start at
        // the same instant race to register the scheduled jobs, and the loser exits once (README,
        // "Running several replicas").
        a = ServiceReplica.start("a", settings, replicaSettings("replica-a"));
        a.awaitReady();
        b = ServiceReplica.start("b", settings, replicaSettings("replica-b"));
        b.awaitReady();
    }

    @AfterAll
    void stopEverything() {
        try {
            for (ServiceReplica r : new ServiceReplica[] { a, b }) {
                if (r != null) {
                    r.close();
                }
            }
        } finally {
            environment.stop();
        }
    }

    private static Map<String, String> replicaSettings(String instanceId) {
        Map<String, String> s = new TreeMap<>();
        s.put("quarkus.quartz.instance-id", instanceId);
        s.put("access.inactivity-sweep.cron", EVERY_5_SECONDS);
        s.put("termination.sweep.cron", EVERY_5_SECONDS);
        s.put("idempotency.purge.every", "5s");
        s.put("idempotency.purge.delay", "1s");
        return s;
    }

    @Test
    @Order(1)
    @DisplayName("§3.2 a revocation recorded through replica A denies at the next check on replica B; a new approval on B grants again on A")
    void revocationCrossesReplicas() {
        var t = tenancy(a);
        String person = askForAndApprove(a, t);
        check(b, person, t.spaceId()).then().statusCode(200).body("decision", equalTo("GRANTED"));
        check(a, person, t.spaceId()).then().statusCode(200).body("decision", equalTo("GRANTED"));

        ops(a).body(Map.of("reason", "DAMAGE", "text", "Damaged a neighbour's rack"))
                .post("/api/v1/people/{id}/revocation", person).then().statusCode(200).body("state", equalTo("REVOKED"));
        // B granted a moment ago: nothing it remembers (a verified token at most) may keep the grant alive.
        check(b, person, t.spaceId()).then().statusCode(200).body("decision", equalTo("DENIED"))
                .body("reasons.code", contains("REVOKED"));

        ops(b).body(Map.of("writtenApprovalReference", "ACC-IT-" + Fixtures.code("", 6)))
                .post("/api/v1/people/{id}/approval", person).then().statusCode(200).body("state", equalTo("APPROVED"));
        check(a, person, t.spaceId()).then().statusCode(200).body("decision", equalTo("GRANTED"))
                .body("reasons", empty());
    }

    @Test
    @Order(2)
    @DisplayName("an Idempotency-Key used on replica A replays on B; with another body it is the 422 IDEMPOTENCY_KEY_REUSED")
    void idempotencyKeyCrossesReplicas() throws SQLException {
        String key = "replicas-" + Fixtures.code("", 10);
        String code = Fixtures.code("F", 8);
        Response first = ops(a).header("Idempotency-Key", key).body(Fixtures.facilityBody(code))
                .post("/api/v1/facilities");
        first.then().statusCode(201);
        String id = first.path("id");

        Response replay = ops(b).header("Idempotency-Key", key).body(Fixtures.facilityBody(code))
                .post("/api/v1/facilities");
        replay.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id))
                .header("ETag", first.header("ETag"));
        assertEquals(first.header("Location"), replay.header("Location"), "the replay answers the first Location");

        ops(b).header("Idempotency-Key", key).body(Fixtures.facilityBody(Fixtures.code("F", 8)))
                .post("/api/v1/facilities").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertEquals(1, count("SELECT COUNT(*) FROM facilities WHERE code = ?", code));

        // The same key sent to both replicas at once: one creation, the other answer replays it.
        String raceKey = "replicas-race-" + Fixtures.code("", 10);
        String raceCode = Fixtures.code("F", 8);
        CompletableFuture<Response> onA = CompletableFuture.supplyAsync(() -> ops(a).header("Idempotency-Key", raceKey)
                .body(Fixtures.facilityBody(raceCode)).post("/api/v1/facilities"));
        CompletableFuture<Response> onB = CompletableFuture.supplyAsync(() -> ops(b).header("Idempotency-Key", raceKey)
                .body(Fixtures.facilityBody(raceCode)).post("/api/v1/facilities"));
        Response ra = onA.join();
        Response rb = onB.join();
        ra.then().statusCode(201);
        rb.then().statusCode(201);
        assertEquals((String) ra.path("id"), rb.path("id"));
        assertEquals(1, (ra.header("Idempotent-Replayed") == null ? 0 : 1) + (rb.header("Idempotent-Replayed") == null
                ? 0 : 1), "exactly one of the two answers is a replay");
        assertEquals(1, count("SELECT COUNT(*) FROM facilities WHERE code = ?", raceCode));
    }

    @Test
    @Order(3)
    @DisplayName("rule 12, §7.1: every scheduled job runs each firing on exactly one replica; the lapse and the expiry are recorded once")
    void eachFiringRunsOnce() throws SQLException {
        // Firings from here on: at its start each replica re-creates the triggers from its configuration, and a
        // firing that falls between another replica's read and write of a trigger can run once more then (the
        // jobs lock and re-read what they change, so that second run changes nothing).
        Instant since = Instant.now();
        assertEquals(List.of("replica-a", "replica-b"), strings(
                "SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE ORDER BY INSTANCE_NAME"), "both replicas checked in");

        var t = tenancy(a);
        String person = askForAndApprove(a, t);
        update("UPDATE people SET approved_at = ? WHERE id = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(400))),
                person);
        var expiring = tenancy(b);
        update("UPDATE orders SET term_start = '2020-01-01', term_months = 1 WHERE id = ?", expiring.orderId());

        await(Duration.ofSeconds(40), "the lapsed person EXPIRED and the run-out order TERMINATED",
                () -> "EXPIRED".equals(personState(person)) && "TERMINATED".equals(orderState(expiring.orderId())));
        // A few more firings of every job, across both replicas.
        await(Duration.ofSeconds(40), "three firings of every job after the change",
                () -> JOBS.stream().allMatch(job -> runs().stream().filter(r -> r.job().equals(job)
                        && !Instant.parse(r.firing()).isBefore(since)).count() >= 3));

        List<Run> runs = runs().stream().filter(r -> !Instant.parse(r.firing()).isBefore(since)).toList();
        Map<String, List<Run>> byFiring = new TreeMap<>();
        runs.forEach(r -> byFiring.computeIfAbsent(r.job() + " " + r.firing(), k -> new ArrayList<>()).add(r));
        byFiring.forEach((firing, ran) -> assertEquals(1, ran.size(), "firing " + firing + " ran on " + ran));
        System.out.printf("Scheduled runs: %d firings, %d on replica-a, %d on replica-b%n", byFiring.size(),
                runs.stream().filter(r -> r.instance().equals("replica-a")).count(),
                runs.stream().filter(r -> r.instance().equals("replica-b")).count());

        assertEquals(List.of("PERSON_EXPIRED"), strings("SELECT action FROM audit_records WHERE object_type = 'Person'"
                + " AND object_id = ? AND action = 'PERSON_EXPIRED'", person));
        assertEquals(List.of("ORDER_TERMINATED"), strings("SELECT action FROM audit_records WHERE object_type = 'Order'"
                + " AND object_id = ? AND action = 'ORDER_TERMINATED'", expiring.orderId()));
        withToken(controls.token(Api.AUDITOR)).baseUri(b.baseUrl())
                .get("/api/v1/audit?objectType=Person&objectId=" + person).then().statusCode(200)
                .body("items.findAll { it.action == 'PERSON_EXPIRED' }.size()", equalTo(1));
    }

    @Test
    @Order(4)
    @DisplayName("rule 12: a replica killed while it runs the inactivity sweep: the other replica recovers that firing and the lapse is recorded once")
    void killedReplicasJobIsRecovered() throws Exception {
        var t = tenancy(a);
        String person = askForAndApprove(a, t);
        try (Connection held = connection()) {
            held.setAutoCommit(false);
            // The lapse, uncommitted: the next sweep locks the row and waits here.
            try (PreparedStatement s = held.prepareStatement("UPDATE people SET approved_at = ? WHERE id = ?")) {
                s.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(400))));
                s.setString(2, person);
                assertEquals(1, s.executeUpdate());
            }
            // A sweep takes milliseconds; one executing for two seconds waits for the row held here.
            await(Duration.ofSeconds(20), "an inactivity sweep waiting for the person's row",
                    () -> !executing().isEmpty());
            List<String> running = executing().get(0);
            String victimId = running.get(0);
            long firing = Long.parseLong(running.get(1));
            ServiceReplica victim = victimId.equals("replica-a") ? a : b;
            ServiceReplica survivor = victim == a ? b : a;
            victim.kill();
            assertFalse(victim.isAlive());
            held.commit();

            String firingText = DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(firing));
            await(Duration.ofSeconds(60), "replica " + survivor.name() + " recovered " + victimId + "'s firing of "
                    + firingText, () -> count("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE INSTANCE_NAME = ?",
                            victimId) == 0
                            && count("SELECT COUNT(*) FROM QRTZ_FIRED_TRIGGERS WHERE INSTANCE_NAME = ?", victimId) == 0
                            && runs().stream().anyMatch(r -> r.job().equals("inactivity-sweep")
                                    && r.instance().equals(survivor.name().equals("a") ? "replica-a" : "replica-b")
                                    && Instant.parse(r.firing()).toEpochMilli() == firing));
            System.out.printf("Killed %s during the inactivity sweep's firing of %s; %s recovered it%n", victimId,
                    firingText, survivor.name());
        }
        assertEquals("EXPIRED", personState(person));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_records WHERE object_type = 'Person' AND object_id = ?"
                + " AND action = 'PERSON_EXPIRED'", person));
    }

    @Test
    @Order(5)
    @DisplayName("on SIGTERM a replica answers new requests 503, finishes the checks in flight and exits within quarkus.shutdown.timeout; every answered check is recorded whole, no unanswered one at all")
    void gracefulShutdown() throws Exception {
        ServiceReplica replica = a.isAlive() ? a : b;
        var t = tenancy(replica);
        int threads = 4;
        List<String> people = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            people.add(askForAndApprove(replica, t));
        }
        String token = controls.token(Api.SECURITY);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        Queue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<AtomicReference<Instant>> inFlight = new ArrayList<>();
        ExecutorService doors = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            int door = i;
            inFlight.add(new AtomicReference<>());
            doors.submit(() -> {
                while (!stop.get()) {
                    Instant sent = Instant.now();
                    inFlight.get(door).set(sent);
                    Answer answer = send(client, replica, token, door, people.get(door), t.spaceId(), sent);
                    inFlight.get(door).set(null);
                    answers.add(answer);
                    if (answer.status() != 200) {
                        pause(20);
                    }
                }
            });
        }
        Instant terminated;
        try (Connection held = connection()) {
            await(Duration.ofSeconds(30), "checks answered before the shutdown",
                    () -> answers.stream().filter(x -> x.status() == 200).count() >= 20);
            // The first door's next entry waits for its person's row: a check in flight across the SIGTERM.
            // The inactivity sweep (every 5 s here) locks the rows it reads: hold the row between two firings.
            while (System.currentTimeMillis() % 5000 < 500 || System.currentTimeMillis() % 5000 > 700) {
                pause(20);
            }
            held.setAutoCommit(false);
            strings("SELECT 1"); // a second connection proves the database answers while the row is held
            try (PreparedStatement lock = held.prepareStatement("SELECT id FROM people WHERE id = ? FOR UPDATE")) {
                lock.setString(1, people.get(0));
                lock.executeQuery().close();
            }
            await(Duration.ofSeconds(3), "the first door's check waiting for its person's row", () -> {
                Instant since = inFlight.get(0).get();
                return since != null && since.isBefore(Instant.now().minusMillis(500));
            });
            terminated = Instant.now();
            replica.terminate();
            pause(1500);
            assertTrue(replica.isAlive(), "the replica waits for the check in flight");
            assertNotNull(inFlight.get(0).get(), "the first door's check is still in flight");
            held.commit();
        }
        assertTrue(replica.process().waitFor(30, TimeUnit.SECONDS), "the replica exited within 30 seconds");
        Duration shutdown = Duration.between(terminated, Instant.now());
        stop.set(true);
        doors.shutdown();
        assertTrue(doors.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(shutdown.compareTo(Duration.ofSeconds(25)) < 0, "exited " + shutdown + " after SIGTERM");

        List<Answer> all = new ArrayList<>(answers);
        List<Answer> acrossTheSignal = all.stream().filter(x -> x.sent().isBefore(terminated)
                && x.answered().isAfter(terminated.plusMillis(1500))).toList();
        assertTrue(acrossTheSignal.stream().anyMatch(x -> x.door() == 0 && x.status() == 200
                && "GRANTED".equals(x.decision())), "the check in flight was answered GRANTED: " + acrossTheSignal);
        for (Answer x : all) {
            if (x.status() == 200) {
                assertTrue(x.eventId() != null && x.at() != null && x.decision() != null, "a whole answer: " + x);
            } else if (x.sent().isBefore(terminated)) {
                assertEquals(503, x.status(), "a check sent before the SIGTERM is answered, or refused with 503: " + x);
            } else {
                assertTrue(x.status() == 503 || x.status() == NO_ANSWER, "after the SIGTERM only 503 or no connection: "
                        + x);
            }
        }
        long refused = all.stream().filter(x -> x.sent().isAfter(terminated) && x.status() != 200).count();
        assertTrue(refused > 0, "requests after the SIGTERM were refused");

        for (int i = 0; i < threads; i++) {
            int door = i;
            Map<String, Instant> answered = new TreeMap<>();
            all.stream().filter(x -> x.door() == door && x.status() == 200)
                    .forEach(x -> answered.put(x.eventId(), Instant.parse(x.at())));
            Map<String, Instant> recorded = new TreeMap<>();
            try (Connection c = connection(); PreparedStatement q = c.prepareStatement("SELECT id,"
                    + " DATE_FORMAT(at, '%Y-%m-%dT%H:%i:%s.%fZ') FROM access_events WHERE person_id = ?")) {
                q.setString(1, people.get(door));
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        recorded.put(r.getString(1), Instant.parse(r.getString(2)));
                    }
                }
            }
            assertEquals(answered, recorded, "door " + door + ": the events recorded are exactly the checks answered;"
                    + " after the SIGTERM it got " + all.stream().filter(x -> x.door() == door
                            && x.answered().isAfter(terminated)).toList());
            assertEquals(1, count("SELECT COUNT(*) FROM people p WHERE p.id = ? AND p.last_entry_at = (SELECT MAX(e.at)"
                    + " FROM access_events e WHERE e.person_id = p.id AND e.decision = 'GRANTED' AND e.direction = 'IN')",
                    people.get(door)), "door " + door + ": the last entry is the last granted event");
        }
        System.out.printf("SIGTERM: exited after %d ms; %d checks answered 200, %d refused 503, %d not connected;"
                + " the check held across the signal answered %d ms after it%n", shutdown.toMillis(),
                all.stream().filter(x -> x.status() == 200).count(), all.stream().filter(x -> x.status() == 503).count(),
                all.stream().filter(x -> x.status() == NO_ANSWER).count(),
                Duration.between(terminated, acrossTheSignal.get(0).answered()).toMillis());
    }

    static final int NO_ANSWER = -1;

    /** What a door got for one check: the status (or {@link #NO_ANSWER}) and the parts of a 200 that matter. */
    private record Answer(int door, Instant sent, Instant answered, int status, String decision, String eventId,
            String at, String failure) {
    }

    private static Answer send(HttpClient client, ServiceReplica replica, String token, int door, String person,
            String space, Instant sent) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(replica.baseUrl() + "/api/v1/access-checks"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"personId\":\"" + person + "\",\"spaceId\":\"" + space
                        + "\"}"))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(door, sent, Instant.now(), response.statusCode(), field(body, "decision"),
                    field(body, "eventId"), field(body, "at"), null);
        } catch (IOException e) {
            return new Answer(door, sent, Instant.now(), NO_ANSWER, null, null, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(door, sent, Instant.now(), NO_ANSWER, null, null, null, e.toString());
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Run(String job, String firing, String instance) {
    }

    /** The job runs both replicas logged. */
    private List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        for (ServiceReplica r : new ServiceReplica[] { a, b }) {
            Matcher m = RUN.matcher(r.logText());
            while (m.find()) {
                runs.add(new Run(m.group(1), m.group(2), m.group(3)));
            }
        }
        return runs;
    }

    /** The inactivity sweep's firings executing for two seconds or more: instance and scheduled time, oldest first. */
    private List<List<String>> executing() {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("SELECT INSTANCE_NAME, SCHED_TIME"
                + " FROM QRTZ_FIRED_TRIGGERS WHERE JOB_NAME = 'inactivity-sweep' AND STATE = 'EXECUTING'"
                + " AND FIRED_TIME < " + (System.currentTimeMillis() - 2000) + " ORDER BY SCHED_TIME");
                ResultSet r = s.executeQuery()) {
            List<List<String>> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(List.of(r.getString(1), Long.toString(r.getLong(2))));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Fixtures.Tenancy tenancy(ServiceReplica on) {
        String facility = create(on, "/api/v1/facilities", Fixtures.facilityBody(Fixtures.code("F", 8)));
        String customer = create(on, "/api/v1/customers", Fixtures.customerBody(Fixtures.code("CU", 12)));
        String space = create(on, "/api/v1/spaces", Fixtures.spaceBody(facility, Fixtures.code("SP-", 14)));
        String order = create(on, "/api/v1/orders", Fixtures.orderBody(customer, List.of(space)));
        ops(on).body("{}").post("/api/v1/orders/{id}/activation", order).then().statusCode(200)
                .body("state", equalTo("ACTIVE"));
        return new Fixtures.Tenancy(facility, customer, space, order);
    }

    private String askForAndApprove(ServiceReplica on, Fixtures.Tenancy t) {
        Map<String, Object> body = Fixtures.personBody(t.customerId(), List.of(t.spaceId()));
        body.remove("customerId");
        String person = withToken(controls.customerToken(t.customerId())).baseUri(on.baseUrl()).body(body)
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        ops(on).body(Map.of("writtenApprovalReference", "ACC-IT-" + Fixtures.code("", 6)))
                .post("/api/v1/people/{id}/approval", person).then().statusCode(200).body("state", equalTo("APPROVED"));
        return person;
    }

    private Response check(ServiceReplica on, String personId, String spaceId) {
        return withToken(controls.token(Api.SECURITY)).baseUri(on.baseUrl())
                .body(Map.of("personId", personId, "spaceId", spaceId)).post("/api/v1/access-checks");
    }

    private String create(ServiceReplica on, String path, Object body) {
        String id = ops(on).body(body).post(path).then().statusCode(201).extract().path("id");
        assertNotNull(id);
        return id;
    }

    private RequestSpecification ops(ServiceReplica on) {
        return withToken(controls.token(Api.OPERATIONS)).baseUri(on.baseUrl());
    }

    private String personState(String id) {
        return single("SELECT state FROM people WHERE id = ?", id);
    }

    private String orderState(String id) {
        return single("SELECT state FROM orders WHERE id = ?", id);
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(settings.get("quarkus.datasource.jdbc.url"),
                settings.get("quarkus.datasource.username"), settings.get("quarkus.datasource.password"));
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, s.executeUpdate(), sql);
        }
    }

    private List<String> strings(String sql, Object... parameters) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String single(String sql, Object... parameters) {
        List<String> values = strings(sql, parameters);
        assertEquals(1, values.size(), sql);
        return values.get(0);
    }

    private long count(String sql, Object... parameters) {
        return Long.parseLong(single(sql, parameters));
    }

    private static void await(Duration limit, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            }
        }
        assertTrue(condition.getAsBoolean());
    }
}
