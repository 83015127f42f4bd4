import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load and the verdict of ops/galera-failover.sh, run with the JDK alone (and the MariaDB driver of the
 * package on the class path for the verdict):
 *
 * <pre>
 *   java GaleraFailoverDriver.java run LOG          # drives both instances, records every request in LOG
 *   java -cp mariadb-java-client.jar GaleraFailoverDriver.java verify LOG   # checks LOG against every node
 * </pre>
 *
 * Settings come from the environment (see the script). The run sends, at a steady rate and alternately to
 * instance A and B, recorded access checks (POST /api/v1/access-checks), approvals of new people (a request
 * as the customer, then POST /api/v1/people/{id}/approval as operations) and revocations (POST
 * /api/v1/people/{id}/revocation). Each request is one line of LOG: sequence, kind, instance, sent and answered
 * (ms since the start), status, person, id, decision, problem code.
 */
public class GaleraFailoverDriver {

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: GaleraFailoverDriver run|verify LOG");
            System.exit(2);
        }
        if (args[0].equals("run")) {
            new Run(Path.of(args[1])).go();
        } else {
            System.exit(new Verify(Path.of(args[1])).go() ? 0 : 1);
        }
    }

    /** One request and its answer. */
    record Rec(long seq, String kind, String inst, long sentMs, long doneMs, int status, String person, String id,
            String decision, String code) {
        String line() {
            return String.join("\t", Long.toString(seq), kind, inst, Long.toString(sentMs), Long.toString(doneMs),
                    Integer.toString(status), nz(person), nz(id), nz(decision), nz(code));
        }

        static Rec parse(String line) {
            String[] f = line.split("\t", -1);
            return new Rec(Long.parseLong(f[0]), f[1], f[2], Long.parseLong(f[3]), Long.parseLong(f[4]),
                    Integer.parseInt(f[5]), f[6], f[7], f[8], f[9]);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        static String nz(String s) {
            return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json == null ? "" : json);
        return m.find() ? m.group(1) : null;
    }

    static final class Run {
        final Path log;
        final String[] bases = { env("BASE_A", "http://127.0.0.1:8291"), env("BASE_B", "http://127.0.0.1:8292") };
        final String security = env("TOKEN_SECURITY", ""), ops = env("TOKEN_OPERATIONS", ""),
                customer = env("TOKEN_CUSTOMER", "");
        final String spaceId = env("SPACE_ID", "");
        final int seeded = Integer.parseInt(env("PEOPLE", "200"));
        final int seconds = Integer.parseInt(env("DURATION", "60"));
        final int rate = Integer.parseInt(env("RATE", "40"));
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .executor(Executors.newFixedThreadPool(16)).build();
        final List<String> approved = new CopyOnWriteArrayList<>();
        final List<String> revoked = new CopyOnWriteArrayList<>();
        final ConcurrentLinkedQueue<Rec> recs = new ConcurrentLinkedQueue<>();
        final AtomicLong seq = new AtomicLong();
        final AtomicInteger inFlight = new AtomicInteger();
        final Random random = new Random(42);
        long t0;

        Run(Path log) {
            this.log = log;
            for (int n = 1; n <= seeded; n++) {
                approved.add(String.format("00000000-0000-7000-9005-%012x", n));
            }
        }

        /** Unrecorded checks, one at a time on each instance, so that the run starts on warm JVMs. */
        void warmUp() throws Exception {
            int n = Integer.parseInt(env("WARM_UP", "100"));
            for (int i = 0; i < n; i++) {
                for (String base : bases) {
                    http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/access-checks"))
                            .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + security)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"personId\":\"" + approved.get(i % approved.size())
                                    + "\",\"spaceId\":\"" + spaceId + "\"}"))
                            .build(), HttpResponse.BodyHandlers.discarding());
                }
            }
        }

        long now() {
            return (System.nanoTime() - t0) / 1_000_000;
        }

        void go() throws Exception {
            warmUp();
            ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
            t0 = System.nanoTime();
            Files.writeString(Path.of(log + ".started"), "started\n"); // the script's clock starts here too
            AtomicLong tick = new AtomicLong();
            long total = (long) seconds * rate;
            ticks.scheduleAtFixedRate(() -> {
                long n = tick.getAndIncrement();
                if (n >= total) {
                    return;
                }
                String base = bases[(int) (n % 2)];
                String inst = n % 2 == 0 ? "A" : "B";
                int dice;
                synchronized (random) {
                    dice = random.nextInt(100);
                }
                if (dice < 70) {
                    check(base, inst);
                } else if (dice < 85) {
                    approveNew(base, inst, n);
                } else {
                    revoke(base, inst);
                }
            }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
            while (tick.get() < total) {
                Thread.sleep(100);
            }
            ticks.shutdown();
            long deadline = System.currentTimeMillis() + 30_000;
            while (inFlight.get() > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            List<Rec> all = new ArrayList<>(recs);
            all.sort((a, b) -> Long.compare(a.seq, b.seq));
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(log))) {
                for (Rec r : all) {
                    w.println(r.line());
                }
            }
            System.out.printf("driver: %d requests in %d s (%d still unanswered at the end)%n", all.size(),
                    now() / 1000, inFlight.get());
            System.exit(0);
        }

        String pick(List<String> from) {
            synchronized (random) {
                return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
            }
        }

        /** Half of the checks ask about someone revoked during the run: those must never be granted again. */
        void check(String base, String inst) {
            boolean revokedOne;
            synchronized (random) {
                revokedOne = !revoked.isEmpty() && random.nextBoolean();
            }
            String person = pick(revokedOne ? revoked : approved);
            if (person == null) {
                return;
            }
            post(base, inst, "check", "/api/v1/access-checks", security, null,
                    "{\"personId\":\"" + person + "\",\"spaceId\":\"" + spaceId + "\"}", person, body -> field(body, "eventId"),
                    null);
        }

        void approveNew(String base, String inst, long n) {
            String body = "{\"name\":\"Failover person " + n + "\",\"email\":\"f" + n + "@failover.example\","
                    + "\"idDocumentType\":\"PASSPORT\",\"idDocumentNumber\":\"F-" + n + "-" + t0 % 100000
                    + "\",\"allSpaces\":true}";
            post(base, inst, "request", "/api/v1/people", customer, "failover-" + t0 + "-" + n, body, null,
                    b -> field(b, "id"), created -> {
                        String id = field(created, "id");
                        post(base, inst, "approve", "/api/v1/people/" + id + "/approval", ops, null,
                                "{\"writtenApprovalReference\":\"FAILOVER-" + n + "\"}", id, b -> id,
                                ok -> approved.add(id));
                    });
        }

        void revoke(String base, String inst) {
            String person;
            synchronized (random) {
                if (approved.size() <= 20) {
                    return;
                }
                person = approved.remove(random.nextInt(approved.size()));
            }
            post(base, inst, "revoke", "/api/v1/people/" + person + "/revocation", ops, null,
                    "{\"reason\":\"OTHER\",\"text\":\"failover run\"}", person, b -> person, ok -> revoked.add(person));
        }

        void post(String base, String inst, String kind, String path, String token, String idempotencyKey,
                String body, String person, java.util.function.Function<String, String> idOf,
                java.util.function.Consumer<String> onSuccess) {
            long s = seq.incrementAndGet();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (idempotencyKey != null) {
                b.header("Idempotency-Key", idempotencyKey);
            }
            long sent = now();
            inFlight.incrementAndGet();
            http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
                try {
                    long done = now();
                    if (err != null) {
                        Throwable cause = err.getCause() == null ? err : err.getCause();
                        recs.add(new Rec(s, kind, inst, sent, done, 0, person, null, null,
                                cause.getClass().getSimpleName()));
                        return;
                    }
                    String text = resp.body();
                    boolean ok = resp.statusCode() / 100 == 2;
                    recs.add(new Rec(s, kind, inst, sent, done, resp.statusCode(), person, ok ? idOf.apply(text) : null,
                            field(text, "decision"), ok ? null : field(text, "code")));
                    if (ok && onSuccess != null) {
                        onSuccess.accept(text);
                    }
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }
    }

    static final class Verify {
        final Path log;
        final String[] ports = env("DB_PORTS", "3511 3512 3513").split(" ");
        final String user = env("DB_USER", "cagekeeper"), password = env("DB_PASSWORD", "failover");
        final List<String> broken = new ArrayList<>();

        Verify(Path log) {
            this.log = log;
        }

        boolean go() throws IOException, SQLException {
            List<Rec> recs = new ArrayList<>();
            for (String line : Files.readAllLines(log)) {
                if (!line.isBlank()) {
                    recs.add(Rec.parse(line));
                }
            }
            // what the service acknowledged, and when
            Map<String, Long> revokedAt = new HashMap<>();
            Set<String> revocationTried = new HashSet<>();
            Set<String> approvedPeople = new HashSet<>();
            Set<String> requestedPeople = new HashSet<>();
            Map<String, String> events = new HashMap<>();
            for (Rec r : recs) {
                switch (r.kind()) {
                    case "revoke" -> {
                        revocationTried.add(r.person());
                        if (r.ok()) {
                            revokedAt.put(r.person(), r.doneMs());
                        }
                    }
                    case "approve" -> {
                        if (r.ok()) {
                            approvedPeople.add(r.person());
                        }
                    }
                    case "request" -> {
                        if (r.ok()) {
                            requestedPeople.add(r.id());
                        }
                    }
                    case "check" -> {
                        if (r.ok()) {
                            events.put(r.id(), r.decision());
                        }
                    }
                    default -> {
                    }
                }
            }
            Map<String, Integer> byStatus = new TreeMap<>();
            Map<String, Integer> errorsByStatusAndCode = new TreeMap<>();
            long firstError = -1, lastError = -1;
            for (Rec r : recs) {
                byStatus.merge(r.kind() + " " + r.status(), 1, Integer::sum);
                if (!r.ok()) {
                    errorsByStatusAndCode.merge(r.status() + " " + (r.code().isEmpty() ? "-" : r.code()), 1,
                            Integer::sum);
                    firstError = firstError < 0 ? r.sentMs() : Math.min(firstError, r.sentMs());
                    lastError = Math.max(lastError, r.doneMs());
                    if (r.status() != 503 && r.status() != 0) {
                        broken.add("request " + r.seq() + " (" + r.kind() + " on " + r.inst() + ") answered "
                                + r.status() + " " + r.code() + ": an error during failover must be a 503");
                    }
                }
            }
            // no grant after an acknowledged revocation
            int checksAfterRevocation = 0;
            for (Rec r : recs) {
                if (r.kind().equals("check") && revokedAt.containsKey(r.person())
                        && r.sentMs() > revokedAt.get(r.person())) {
                    checksAfterRevocation++;
                    if ("GRANTED".equals(r.decision())) {
                        broken.add("request " + r.seq() + " GRANTED " + r.person() + " at " + r.sentMs()
                                + " ms, after its revocation was acknowledged at " + revokedAt.get(r.person()) + " ms");
                    }
                }
            }
            long grantsWithErrors = recs.stream().filter(r -> !r.ok() && "GRANTED".equals(r.decision())).count();
            if (grantsWithErrors > 0) {
                broken.add(grantsWithErrors + " error responses carried a GRANTED decision");
            }

            System.out.println("## Requests (" + recs.size() + "), by kind and status (0: no answer in 15 s)");
            byStatus.forEach((k, v) -> System.out.println("  " + k + ": " + v));
            System.out.println("## Error responses: " + errorsByStatusAndCode.values().stream().mapToInt(i -> i).sum());
            errorsByStatusAndCode.forEach((k, v) -> System.out.println("  " + k + ": " + v));
            if (firstError >= 0) {
                System.out.printf("  window: first error sent at %.1f s, last answered at %.1f s: %.1f s%n",
                        firstError / 1000.0, lastError / 1000.0, (lastError - firstError) / 1000.0);
            }
            System.out.println("## Timeline, per 5 s by the time sent: answered 2xx / 503 / other status / no answer");
            Map<Long, int[]> slots = new TreeMap<>();
            for (Rec r : recs) {
                int[] c = slots.computeIfAbsent(r.sentMs() / 5000, k -> new int[4]);
                c[r.ok() ? 0 : r.status() == 503 ? 1 : r.status() == 0 ? 3 : 2]++;
            }
            slots.forEach((k, c) -> System.out.printf("  %3d-%3d s: %4d / %3d / %3d / %3d%n", k * 5, k * 5 + 5, c[0], c[1],
                    c[2], c[3]));
            System.out.println("## Acknowledged writes: " + requestedPeople.size() + " people requested, "
                    + approvedPeople.size() + " approved, " + revokedAt.size() + " revoked, " + events.size()
                    + " access events recorded");
            System.out.println("## Checks sent after the person's revocation was acknowledged: " + checksAfterRevocation
                    + ", granted: " + recs.stream().filter(r -> r.kind().equals("check") && revokedAt.containsKey(r.person())
                            && r.sentMs() > revokedAt.get(r.person()) && "GRANTED".equals(r.decision())).count());

            for (String port : ports) {
                try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/cagekeeper",
                        user, password)) {
                    try (Statement s = c.createStatement()) {
                        s.execute("SET SESSION wsrep_sync_wait = 1"); // read what the cluster committed
                    }
                    Map<String, String> people = states(c, "SELECT id, state FROM people WHERE id IN ",
                            union(requestedPeople, approvedPeople, revokedAt.keySet()));
                    Map<String, String> stored = states(c, "SELECT id, decision FROM access_events WHERE id IN ",
                            events.keySet());
                    int missing = 0;
                    for (String id : requestedPeople) {
                        if (!people.containsKey(id)) {
                            missing++;
                            broken.add("node :" + port + " lacks person " + id + " whose request was acknowledged");
                        }
                    }
                    for (String id : approvedPeople) {
                        String state = people.get(id);
                        boolean fine = "APPROVED".equals(state)
                                || "REVOKED".equals(state) && revocationTried.contains(id);
                        if (revokedAt.containsKey(id)) {
                            fine = "REVOKED".equals(state);
                        }
                        if (!fine) {
                            missing++;
                            broken.add("node :" + port + " has person " + id + " " + state
                                    + " although its approval was acknowledged");
                        }
                    }
                    for (String id : revokedAt.keySet()) {
                        if (!"REVOKED".equals(people.get(id))) {
                            missing++;
                            broken.add("node :" + port + " has person " + id + " " + people.get(id)
                                    + " although its revocation was acknowledged");
                        }
                    }
                    for (var e : events.entrySet()) {
                        if (!e.getValue().equals(stored.get(e.getKey()))) {
                            missing++;
                            broken.add("node :" + port + " lacks access event " + e.getKey() + " (" + e.getValue()
                                    + ") that was answered");
                        }
                    }
                    long eventRows;
                    long peopleRows;
                    try (Statement s = c.createStatement();
                            ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM access_events),"
                                    + " (SELECT COUNT(*) FROM people)")) {
                        rs.next();
                        eventRows = rs.getLong(1);
                        peopleRows = rs.getLong(2);
                    }
                    System.out.printf("## Node :%s: %d acknowledged writes missing or wrong; %d access events,"
                            + " %d people in all%n", port, missing, eventRows, peopleRows);
                }
            }
            if (broken.isEmpty()) {
                System.out.println("## VERDICT: every acknowledged write is on every node; no grant after an"
                        + " acknowledged revocation; every error was a 503");
                return true;
            }
            System.out.println("## VERDICT: BROKEN (" + broken.size() + ")");
            broken.stream().limit(50).forEach(b -> System.out.println("  " + b));
            return false;
        }

        @SafeVarargs
        static Set<String> union(Set<String>... sets) {
            Set<String> all = new HashSet<>();
            for (Set<String> s : sets) {
                all.addAll(s);
            }
            return all;
        }

        static Map<String, String> states(Connection c, String sql, Set<String> ids) throws SQLException {
            Map<String, String> out = new HashMap<>();
            List<String> list = new ArrayList<>(ids);
            Collections.sort(list);
            for (int from = 0; from < list.size(); from += 500) {
                List<String> part = list.subList(from, Math.min(list.size(), from + 500));
                String marks = String.join(",", Collections.nCopies(part.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement(sql + "(" + marks + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
            return out;
        }
    }
}
