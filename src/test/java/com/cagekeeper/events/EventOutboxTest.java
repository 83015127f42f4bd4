package com.cagekeeper.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.cagekeeper.events.application.DomainEventFeed;
import com.cagekeeper.events.application.DomainEventView;
import com.cagekeeper.events.application.DomainEvents;
import com.cagekeeper.events.application.EventSequencer;
import com.cagekeeper.support.TestClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The transactional outbox: an event is read only once its transaction committed and the
 * sequencer positioned it; positions follow what the sequencer saw committed, so a reader paging
 * by position never skips a late commit nor reads one twice. Each test uses customers of its own
 * (random ids), so the events of other tests do not disturb it.
 */
@QuarkusTest
@DisplayName("Issue 12: the transactional outbox and its sequencer")
class EventOutboxTest {

    @Inject
    DomainEvents events;
    @Inject
    DomainEventFeed feed;
    @Inject
    EventSequencer sequencer;
    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;

    private static String customer() {
        return UUID.randomUUID().toString();
    }

    private void publish(String customer, String subject) {
        QuarkusTransaction.requiringNew().run(() -> events.publish("PERSON_APPROVED", "Person", subject, customer,
                Map.of("state", "APPROVED")));
    }

    private List<DomainEventView> all(String customer) {
        return feed.after(0, List.of(), customer, 500);
    }

    private static List<String> subjects(List<DomainEventView> views) {
        return views.stream().map(DomainEventView::subjectId).toList();
    }

    @Test
    @DisplayName("an event is read only after its transaction committed and the sequencer ran; a rolled-back one never")
    void onlyCommittedEventsAreRead() {
        String customer = customer();
        QuarkusTransaction.begin();
        events.publish("PERSON_REVOKED", "Person", "rolled-back", customer, Map.of());
        QuarkusTransaction.rollback();
        publish(customer, "committed");
        sequencer.drain();

        List<DomainEventView> read = all(customer);
        assertEquals(List.of("committed"), subjects(read));
        assertEquals("PERSON_APPROVED", read.get(0).type());
        assertEquals("APPROVED", read.get(0).payload().get("state").asText());
        assertEquals(clock.instant().getEpochSecond(), read.get(0).occurredAt().getEpochSecond(), 5);
    }

    @Test
    @DisplayName("two transactions committing in the reverse order of their inserts: the later commit gets the later position, and a reader past the first never skips it")
    void lateCommitIsNotSkipped() throws Exception {
        String customer = customer();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> early = thread.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                events.publish("PERSON_APPROVED", "Person", "inserted-first", customer, Map.of());
                inserted.countDown();
                try {
                    assertTrue(mayCommit.await(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertTrue(inserted.await(30, TimeUnit.SECONDS));
            publish(customer, "inserted-second");
            sequencer.drain();

            List<DomainEventView> firstPage = all(customer);
            assertEquals(List.of("inserted-second"), subjects(firstPage), "the uncommitted event is not read yet");
            long cursor = firstPage.get(0).position();

            mayCommit.countDown();
            early.get(30, TimeUnit.SECONDS);
            sequencer.drain();

            List<DomainEventView> next = feed.after(cursor, List.of(), customer, 500);
            assertEquals(List.of("inserted-first"), subjects(next), "the late commit comes after the cursor");
            assertTrue(next.get(0).position() > cursor);
            assertEquals(List.of("inserted-second", "inserted-first"), subjects(all(customer)));
        } finally {
            mayCommit.countDown();
            thread.shutdownNow();
        }
    }

    @Test
    @DisplayName("two replicas' sequencers running at once give each event exactly one position, consecutive, in occurrence order")
    void concurrentSequencersGiveOnePositionEach() throws Exception {
        String customer = customer();
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String subject = "event-" + i;
            publish(customer, subject);
            published.add(subject);
            clock.advance(java.time.Duration.ofMillis(1));
        }
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(sequencer::drain);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(sequencer::drain);
        one.get(30, TimeUnit.SECONDS);
        two.get(30, TimeUnit.SECONDS);
        sequencer.drain();

        List<DomainEventView> read = all(customer);
        assertEquals(published, subjects(read), "every event once, in the order they occurred");
        Set<Long> positions = new HashSet<>();
        read.forEach(e -> positions.add(e.position()));
        assertEquals(40, positions.size());
        clock.reset();
    }

    @Test
    @DisplayName("paging by position catches up exactly: pages of 7 over 30 events read each once, with no gap")
    void pagingCatchesUpExactly() {
        String customer = customer();
        for (int i = 0; i < 30; i++) {
            publish(customer, "page-" + i);
        }
        sequencer.drain();
        List<String> seen = new ArrayList<>();
        long cursor = 0;
        List<DomainEventView> page;
        do {
            page = feed.after(cursor, List.of(), customer, 7);
            page.forEach(e -> seen.add(e.subjectId()));
            if (!page.isEmpty()) {
                cursor = page.get(page.size() - 1).position();
            }
        } while (!page.isEmpty());
        assertEquals(30, seen.size());
        assertEquals(30, new HashSet<>(seen).size());
        assertEquals(subjects(all(customer)), seen);
    }

    /** An access event as the ledger writes it (the V16 trigger publishes a denial from it). */
    private static final String ACCESS_EVENT = "INSERT INTO access_events (id, at, checked_at, actor_subject,"
            + " person_id, person_kind, space_id, facility_id, customer_id, space_customer_id, direction, decision,"
            + " reason_codes, reasons_json, escort_required) VALUES (?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),"
            + " 'test.security', ?, 'PERSON', ?, ?, ?, ?, ?, ?, ?, '[]', 0)";

    private static void accessEvent(Connection c, String id, String person, String space, String facility,
            String personCustomer, String spaceCustomer, String decision, String reasons) throws Exception {
        accessEvent(c, id, person, space, facility, personCustomer, spaceCustomer, "IN", decision, reasons);
    }

    private static void accessEvent(Connection c, String id, String person, String space, String facility,
            String personCustomer, String spaceCustomer, String direction, String decision, String reasons)
            throws Exception {
        try (PreparedStatement insert = c.prepareStatement(ACCESS_EVENT)) {
            insert.setString(1, id);
            insert.setString(2, person);
            insert.setString(3, space);
            insert.setString(4, facility);
            insert.setString(5, personCustomer);
            insert.setString(6, spaceCustomer);
            insert.setString(7, direction);
            insert.setString(8, decision);
            insert.setString(9, reasons);
            insert.executeUpdate();
        }
    }

    @Test
    @DisplayName("access denied at a door is published by the access event's own insert (V16): read after commit, never after rollback; each customer sees only its own side")
    void denialIsPublishedWithItsAccessEvent() throws Exception {
        String personCustomer = customer();
        String spaceCustomer = customer();
        String committed = UUID.randomUUID().toString();
        String rolledBack = UUID.randomUUID().toString();
        String granted = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection(); Statement tx = c.createStatement()) {
            tx.execute("START TRANSACTION");
            accessEvent(c, rolledBack, "person-1", "space-1", "facility-1", personCustomer, spaceCustomer, "DENIED",
                    "LIEN_RESTRICTED");
            tx.execute("ROLLBACK");
            accessEvent(c, committed, "person-1", "space-1", "facility-1", personCustomer, spaceCustomer, "DENIED",
                    "SPACE_NOT_LEASED_BY_CUSTOMER");
            // a granted exit is no event: the door's grants stay in /access-events
            accessEvent(c, granted, "person-1", "space-1", "facility-1", personCustomer, personCustomer, "OUT",
                    "GRANTED", "");
        }
        sequencer.drain();

        List<DomainEventView> person = all(personCustomer);
        assertEquals(List.of(committed), subjects(person));
        assertEquals("ACCESS_DENIED", person.get(0).type());
        assertEquals("person-1", person.get(0).payload().get("personId").asText());
        assertTrue(person.get(0).payload().get("spaceId") == null, "another customer's space is not named");
        assertTrue(person.get(0).payload().get("reasons") == null, "reasons are read through the customer lens");

        List<DomainEventView> space = all(spaceCustomer);
        assertEquals(List.of(committed), subjects(space));
        assertEquals("space-1", space.get(0).payload().get("spaceId").asText());
        assertTrue(space.get(0).payload().get("personId") == null, "another customer's person is not named");
    }

    @Test
    @DisplayName("a denial whose person and space are one customer's carries the reasons; one with no known customer concerns the provider only")
    void denialOfOneCustomerCarriesReasons() throws Exception {
        String customer = customer();
        String both = UUID.randomUUID().toString();
        String nobody = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection()) {
            accessEvent(c, both, "person-2", "space-2", "facility-2", customer, customer, "DENIED",
                    "PERSON_REVOKED,ESCORT_REQUIRED");
            accessEvent(c, nobody, "person-3", "space-3", null, null, null, "DENIED", "PERSON_UNKNOWN,SPACE_UNKNOWN");
        }
        sequencer.drain();
        List<DomainEventView> read = all(customer);
        assertEquals(List.of(both), subjects(read));
        assertEquals("PERSON_REVOKED", read.get(0).payload().get("reasons").get(0).asText());
        assertEquals("ESCORT_REQUIRED", read.get(0).payload().get("reasons").get(1).asText());
        List<DomainEventView> provider = feed.after(0, List.of("ACCESS_DENIED"), null, 5000).stream()
                .filter(e -> e.subjectId().equals(nobody)).toList();
        assertEquals(1, provider.size());
        assertEquals(null, provider.get(0).customerId());
        assertEquals("SPACE_UNKNOWN", provider.get(0).payload().get("reasons").get(1).asText());
    }
}
